package alliancesim.model;

/**
 * A partner of the US-led trilateral deterrence (South Korea, Japan; the United States is one too).
 * Its posture is its Richardson level; how strongly it reacts to North Korean capability is its own
 * parameter, its reaction scale.
 */
public class TrilateralPartner extends StateAgent {
    private static final long serialVersionUID = 1L;

    private final Param reactionScale;

    TrilateralPartner(StateCode code, Param reactionScale, double posture) {
        super(code, 0.0, posture, 0.0);
        this.reactionScale = reactionScale;
    }

    /** Its reaction to North Korean capability relative to the other partners' (normalised in {@link Deterrence}). */
    double reactionScale(AllianceModel m) {
        return m.param(reactionScale);
    }

    public double posture() {
        return military;
    }
}
