package alliancesim.batch;

/** Slice i of n of a sweep's design points (1-based): point p belongs to shard (p mod n) + 1. */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.split("/");
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard takes i/n, e.g. 2/8, not '" + text + "'");
        }
    }

    public boolean owns(int point) {
        return point % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
