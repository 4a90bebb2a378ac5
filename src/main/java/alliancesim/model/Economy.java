package alliancesim.model;

/**
 * Phase 1. GDP grows at its baseline rate minus the effective sanctions drag
 * pressure x (1 - evasion) (after Neuenkirch and Neumeier 2015; the linear form is an assumption).
 * Evasion comes from China's facilitation and, for North Korea, from Russian lifelines.
 */
final class Economy {
    private Economy() {
    }

    /** Monthly growth from annual rates: (base - drag x pressure x (1 - evasion)) / 12. */
    static double monthlyGrowth(double annualBase, double annualDrag, double pressure, double evasion) {
        return (annualBase - annualDrag * pressure * (1 - evasion)) / 12.0;
    }

    /** Russia leaks sanctions through China: IMF's -8.5 % forecast for 2022 became -1.2 %. */
    static double russianEvasion(double facilitation, double chinaShare) {
        return clamp01(facilitation * chinaShare);
    }

    /**
     * North Korea leaks sanctions through China and is carried by Russian aid; lifelineShare is
     * last month's aid as a share of its monthly GDP.
     */
    static double northKoreanEvasion(double facilitation, double chinaShare, double lifelineShare,
                                     double lifelineWeight) {
        return clamp01(facilitation * chinaShare + lifelineShare * lifelineWeight);
    }

    static void grow(StateAgent agent, AllianceModel m) {
        switch (agent.code()) {
            case RUS -> {
                agent.evasion = russianEvasion(m.chinaFacilitation(), m.param(Param.ECONOMY_CHINA_EVASION_RUS));
                applyGrowth(agent, m, m.param(Param.ECONOMY_GROWTH_RUS), m.param(Param.ECONOMY_DRAG_RUS),
                        m.pressureOn(StateCode.RUS));
            }
            case PRK -> {
                double monthlyGdpUsd = m.param(Param.ECONOMY_PRK_GDP_USD) / 12.0 * agent.gdpIndex;
                double lifeline = agent.aidReceivedUsd / monthlyGdpUsd;
                agent.evasion = northKoreanEvasion(m.chinaFacilitation(), m.param(Param.ECONOMY_CHINA_EVASION_PRK),
                        lifeline, m.param(Param.ECONOMY_LIFELINE_EVASION_PRK));
                applyGrowth(agent, m, m.param(Param.ECONOMY_GROWTH_PRK), m.param(Param.ECONOMY_DRAG_PRK),
                        m.pressureOn(StateCode.PRK));
            }
            default -> {
                // The other economies are not sanctioned in the model and carry no output: their index stays 1.
            }
        }
    }

    private static void applyGrowth(StateAgent agent, AllianceModel m, double base, double drag, double pressure) {
        double growth = monthlyGrowth(base, drag, pressure, agent.evasion)
                + m.noise(m.param(Param.ECONOMY_NOISE_SD));
        agent.gdpIndex *= Math.max(0.0, 1 + growth);
    }

    static double clamp01(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
