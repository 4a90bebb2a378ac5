package alliancesim.gui;

import alliancesim.model.AllianceModel;
import alliancesim.model.Param;
import sim.util.Interval;

/**
 * The levers in the Console's Model tab: bean triples (getX, setX, domX) so MASON shows sliders.
 * A move takes effect from the next month and survives a restart.
 */
public final class Levers implements sim.util.Propertied {
    private final AllianceModel model;

    Levers(AllianceModel model) {
        this.model = model;
    }

    private double get(Param p) {
        return model.param(p);
    }

    /** How the Model tab changes a parameter. */
    interface Setter {
        void set(Param p, double v);
    }

    /** The Model tab: these levers first, then every other parameter (see {@link ModelTab}). */
    @Override
    public sim.util.Properties properties() {
        return new ModelTab(this, this::set, this::get);
    }

    private void set(Param p, double v) {
        double clamped = Math.max(p.min(), Math.min(p.max(), v));
        model.setParam(p, clamped);
        model.rebase(model.baseParameters().with(p, clamped));
    }

    private static Interval range(Param p) {
        return new Interval(p.min(), p.max());
    }

    public double getSanctionsPressureOnRussia() { return get(Param.SANCTIONS_PRESSURE_RUS); }
    public void setSanctionsPressureOnRussia(double v) { set(Param.SANCTIONS_PRESSURE_RUS, v); }
    public Object domSanctionsPressureOnRussia() { return range(Param.SANCTIONS_PRESSURE_RUS); }

    public double getSanctionsPressureOnNorthKorea() { return get(Param.SANCTIONS_PRESSURE_PRK); }
    public void setSanctionsPressureOnNorthKorea(double v) { set(Param.SANCTIONS_PRESSURE_PRK, v); }
    public Object domSanctionsPressureOnNorthKorea() { return range(Param.SANCTIONS_PRESSURE_PRK); }

    public double getSanctionsEnforcement() { return get(Param.SANCTIONS_ENFORCEMENT); }
    public void setSanctionsEnforcement(double v) { set(Param.SANCTIONS_ENFORCEMENT, v); }
    public Object domSanctionsEnforcement() { return range(Param.SANCTIONS_ENFORCEMENT); }

    public double getSecondarySanctions() { return get(Param.SANCTIONS_SECONDARY); }
    public void setSecondarySanctions(double v) { set(Param.SANCTIONS_SECONDARY, v); }
    public Object domSecondarySanctions() { return range(Param.SANCTIONS_SECONDARY); }

    public double getNorthKoreanExportShare() { return get(Param.MUNITIONS_PRK_EXPORT_SHARE); }
    public void setNorthKoreanExportShare(double v) { set(Param.MUNITIONS_PRK_EXPORT_SHARE, v); }
    public Object domNorthKoreanExportShare() { return range(Param.MUNITIONS_PRK_EXPORT_SHARE); }

    /** Shows China's current level; moving it resets the level, then China's own response carries on. */
    public double getChinaFacilitation() { return rounded(model.chinaFacilitation()); }
    public void setChinaFacilitation(double v) { set(Param.CHINA_FACILITATION, v); }
    public Object domChinaFacilitation() { return range(Param.CHINA_FACILITATION); }

    public double getTrilateralDeterrenceReaction() { return get(Param.DETERRENCE_REACTION_K); }
    public void setTrilateralDeterrenceReaction(double v) { set(Param.DETERRENCE_REACTION_K, v); }
    public Object domTrilateralDeterrenceReaction() { return range(Param.DETERRENCE_REACTION_K); }

    public int getMonth() { return Math.max(0, model.month()); }
    public double getFrontBalance() { return rounded(model.frontBalance()); }
    public double getRegionalTension() { return rounded(model.tension()); }

    /** Three decimals: the Model tab is read from the back of a classroom, 0.51834729 is noise there. */
    static double rounded(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
