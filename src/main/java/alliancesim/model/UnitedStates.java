package alliancesim.model;

/**
 * The United States: a trilateral partner that also sanctions Russia and North Korea, reacting to
 * the PRK-RUS flow it observes (responsiveness x flow index a month, on top of the scenario's lever;
 * 0 keeps the lever fixed), and supplies Ukraine with all the Western shells of the month.
 */
public final class UnitedStates extends TrilateralPartner {
    private static final long serialVersionUID = 1L;

    /** Pressure added so far by its reaction to observed flows, on both sanctioned states. */
    private double pressureIncrement;

    UnitedStates(double posture) {
        super(StateCode.USA, Param.DETERRENCE_SCALE_USA, posture);
    }

    /**
     * The lever on {@code target}, plus on Russia the sanctions the record added after month 0 (kept apart
     * from the lever so that a sweep of the lever still varies it), plus what its reaction has added; at most 1.
     */
    double pressureOn(StateCode target, AllianceModel m) {
        double lever = target == StateCode.RUS
                ? m.param(Param.SANCTIONS_PRESSURE_RUS) + m.param(Param.SANCTIONS_ADDED_RUS)
                : m.param(Param.SANCTIONS_PRESSURE_PRK);
        return Math.min(1.0, lever + pressureIncrement);
    }

    void reactToObservedFlows(AllianceModel m) {
        pressureIncrement += m.param(Param.SANCTIONS_RESPONSIVENESS) * m.flowIndex();
    }

    /** Western shells shipped to Ukraine this month: everything made for it. */
    double supplyToUkraine() {
        return shells().stock();
    }
}
