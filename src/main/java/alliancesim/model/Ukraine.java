package alliancesim.model;

/** Ukraine. It fires what it holds up to the rate of the period, and recruits. */
public final class Ukraine extends StateAgent {
    private static final long serialVersionUID = 1L;

    Ukraine(double initialShells, double manpower) {
        super(StateCode.UKR, initialShells, 0.0, manpower);
    }

    double shellsToFire(AllianceModel m) {
        return Math.min(shells().stock(), m.param(Param.FRONT_NEED_UKR));
    }

    double recruits(AllianceModel m) {
        return m.param(Param.FRONT_RECRUITMENT_UKR);
    }
}
