package alliancesim.model;

/**
 * China. It decides how much sanctions evasion it facilitates: its policy (the lever), giving up a
 * share per unit of secondary sanctions and adding some as its ties to Russia and North Korea
 * strengthen, f = policy x (1 - risk x secondary) + tieWeight x (mean eastern tie - its month-0 level).
 * With risk and tie weight 0 the lever holds exactly. Weighing ties against the cost of siding with
 * a bloc is the frame of landscape theory (Axelrod and Bennett 1993); the linear form is an assumption.
 */
public final class China extends StateAgent {
    private static final long serialVersionUID = 1L;

    private double facilitation;
    /** The mean eastern tie at month 0: only its rise moves the decision. */
    private double tieReference;

    China() {
        super(StateCode.CHN, 0.0, 0.0, 0.0);
    }

    /** Facilitation, in [0, 1]. */
    static double facilitationFor(double policy, double secondaryRisk, double secondary, double tieWeight,
                                  double tieRise) {
        return Economy.clamp01(policy * (1 - secondaryRisk * secondary) + tieWeight * tieRise);
    }

    public double facilitation() {
        return facilitation;
    }

    /** Decides from its lever, secondary sanctions and its ties; also whenever one of those levers moves. */
    void decide(AllianceModel m) {
        facilitation = facilitationFor(m.param(Param.CHINA_FACILITATION), m.param(Param.CHINA_SECONDARY_RISK),
                m.param(Param.SANCTIONS_SECONDARY), m.param(Param.CHINA_TIE_WEIGHT), easternTie(m) - tieReference);
    }

    /** Takes the month-0 ties as the level its decision measures their rise from. */
    void fixTieReference(AllianceModel m) {
        tieReference = easternTie(m);
    }

    /** What it would facilitate with the default levers and unchanged ties: the sanctions' month-0 reference. */
    double facilitationUnderDefaultLevers(AllianceModel m) {
        return facilitationFor(Param.CHINA_FACILITATION.defaultValue(), m.param(Param.CHINA_SECONDARY_RISK),
                Param.SANCTIONS_SECONDARY.defaultValue(), m.param(Param.CHINA_TIE_WEIGHT), 0);
    }

    /** Mean of its ties to Russia and North Korea (0 before the tie network is built). */
    private static double easternTie(AllianceModel m) {
        return m.hasTies() ? (m.tie(TiePair.RUS_CHN) + m.tie(TiePair.CHN_PRK)) / 2 : 0;
    }
}
