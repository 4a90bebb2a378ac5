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

    /**
     * Recruits reaching the front this month: the army's net recruits times the front's share of the
     * army. Ukraine's recruits join an army that defends the whole country (880,000, President
     * Zelensky, January 2024 and January 2025), of which the front the model fights with is a part;
     * sending every recruit to it grew that front by 10,000-20,000 a month while the army's own size
     * held. Russia's recruits are counted where they go, its grouping in Ukraine, and need no share.
     */
    double recruits(AllianceModel m) {
        return m.param(Param.FRONT_RECRUITMENT_UKR) * m.param(Param.FRONT_MANPOWER_UKR) / m.param(Param.FRONT_ARMY_UKR);
    }
}
