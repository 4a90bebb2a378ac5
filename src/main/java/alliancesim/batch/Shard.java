package alliancesim.batch;

import alliancesim.files.InvalidInputException;

/** Slice i of n of a sweep's design points (1-based): point p belongs to shard (p mod n) + 1. */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new InvalidInputException("--shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Exactly "i/n", two whole numbers: "1/2/3" is refused, not read as 1/2. */
    public static Shard parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*").matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException("--shard takes i/n with 1 <= i <= n, e.g. 2/8, not '" + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean owns(int point) {
        return point % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
