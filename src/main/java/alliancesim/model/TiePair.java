package alliancesim.model;

import java.util.List;
import java.util.Optional;

/** The alliance ties the model tracks; each has its initial strength, which is also its base. */
public enum TiePair {
    RUS_PRK(StateCode.RUS, StateCode.PRK, Param.TIES_INITIAL_RUS_PRK),
    RUS_CHN(StateCode.RUS, StateCode.CHN, Param.TIES_INITIAL_RUS_CHN),
    CHN_PRK(StateCode.CHN, StateCode.PRK, Param.TIES_INITIAL_CHN_PRK),
    USA_KOR(StateCode.USA, StateCode.KOR, Param.TIES_INITIAL_USA_KOR),
    USA_JPN(StateCode.USA, StateCode.JPN, Param.TIES_INITIAL_USA_JPN),
    KOR_JPN(StateCode.KOR, StateCode.JPN, Param.TIES_INITIAL_KOR_JPN);

    /** Every tie in declaration order; values() would copy its array at each monthly update. */
    public static final List<TiePair> ALL = List.of(values());

    private final StateCode a;
    private final StateCode b;
    private final Param initial;

    TiePair(StateCode a, StateCode b, Param initial) {
        this.a = a;
        this.b = b;
        this.initial = initial;
    }

    public StateCode a() { return a; }
    public StateCode b() { return b; }
    public Param initial() { return initial; }

    /** The name used in scenario files, e.g. {@code RUS-PRK}. */
    public String label() { return a + "-" + b; }

    public StateCode.Bloc bloc() { return a.bloc(); }

    /** Accepts {@code RUS-PRK} or {@code PRK-RUS}, any case. */
    public static Optional<TiePair> byLabel(String label) {
        String norm = label.trim().toUpperCase(java.util.Locale.ROOT);
        for (TiePair p : values()) {
            if (norm.equals(p.a + "-" + p.b) || norm.equals(p.b + "-" + p.a)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
