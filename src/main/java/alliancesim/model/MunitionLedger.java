package alliancesim.model;

/**
 * One state's stock of one munition and this month's flows. Every change of stock goes through
 * a named flow, so stock change = produced + received - sent - interdicted - fired holds by
 * construction and can be checked every month.
 */
public final class MunitionLedger {
    private double stock;
    private double stockAtMonthStart;
    private double produced;
    private double received;
    private double sent;
    private double interdicted;
    private double fired;

    MunitionLedger(double initialStock) {
        this.stock = initialStock;
        this.stockAtMonthStart = initialStock;
    }

    void beginMonth() {
        stockAtMonthStart = stock;
        produced = 0;
        received = 0;
        sent = 0;
        interdicted = 0;
        fired = 0;
    }

    void produce(double amount) {
        stock += nonNegative(amount);
        produced += amount;
    }

    void receive(double amount) {
        stock += nonNegative(amount);
        received += amount;
    }

    /** Delivered to another state. */
    void send(double amount) {
        take(amount);
        sent += amount;
    }

    /** Left this state but was seized or destroyed before delivery. */
    void interdict(double amount) {
        take(amount);
        interdicted += amount;
    }

    void fire(double amount) {
        take(amount);
        fired += amount;
    }

    private void take(double amount) {
        nonNegative(amount);
        if (amount > stock * (1 + 1e-12) + 1e-9) {
            throw new IllegalStateException("cannot take " + amount + " from a stock of " + stock);
        }
        stock = Math.max(0, stock - amount);
    }

    private static double nonNegative(double amount) {
        if (!(amount >= 0)) {
            throw new IllegalArgumentException("munition flow must be >= 0, got " + amount);
        }
        return amount;
    }

    public double stock() { return stock; }
    public double stockAtMonthStart() { return stockAtMonthStart; }
    public double produced() { return produced; }
    public double received() { return received; }
    public double sent() { return sent; }
    public double interdicted() { return interdicted; }
    public double fired() { return fired; }
}
