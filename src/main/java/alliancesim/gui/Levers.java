package alliancesim.gui;

import alliancesim.model.AllianceModel;
import alliancesim.model.Param;
import alliancesim.model.StateCode;
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

    /** The value the Model tab shows for a parameter: the one set, to {@link #DIGITS} significant digits. */
    private double get(Param p) {
        return shown(model.param(p));
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

    /**
     * Sets a parameter to the value as the tab shows it (to {@link #DIGITS} significant digits, within its
     * range), so a slider always shows the value that is set: 0.1 typed shows 0.1, a drag to 0.45238095
     * sets and shows 0.4524.
     */
    private void set(Param p, double v) {
        double clamped = Math.max(p.min(), Math.min(p.max(), shown(v)));
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

    /** China's policy as set; what China decides from it each month is {@link #getChinaFacilitationNow()}. */
    public double getChinaFacilitation() { return get(Param.CHINA_FACILITATION); }
    public void setChinaFacilitation(double v) { set(Param.CHINA_FACILITATION, v); }
    public Object domChinaFacilitation() { return range(Param.CHINA_FACILITATION); }

    public double getTrilateralDeterrenceReaction() { return get(Param.DETERRENCE_REACTION_K); }
    public void setTrilateralDeterrenceReaction(double v) { set(Param.DETERRENCE_REACTION_K, v); }
    public Object domTrilateralDeterrenceReaction() { return range(Param.DETERRENCE_REACTION_K); }

    public int getMonth() { return Math.max(0, model.month()); }

    /** What China decided this month: its policy, less for secondary sanctions, more for its ties. */
    public double getChinaFacilitationNow() { return rounded(model.chinaFacilitation()); }
    /** The sanctions pressure in force on Russia: the lever, the record's later sanctions and the US reaction. */
    public double getSanctionsOnRussiaNow() { return rounded(model.pressureOn(StateCode.RUS)); }
    /** The sanctions pressure in force on North Korea: the lever and the US reaction. */
    public double getSanctionsOnNorthKoreaNow() { return rounded(model.pressureOn(StateCode.PRK)); }
    public double getFrontBalance() { return rounded(model.frontBalance()); }
    public double getRegionalTension() { return rounded(model.tension()); }

    /** Significant digits of a parameter in the Model tab. */
    static final int DIGITS = 4;

    /** Three decimals for the readouts (indices near 0..1): the tab is read from the back of a classroom. */
    static double rounded(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * A parameter to {@link #DIGITS} significant digits: parameters range from 0.001 a year to millions of
     * shells, so a fixed number of decimals would show a growth rate of 0.0014 as 0.001.
     */
    static double shown(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(DIGITS)).doubleValue();
    }
}
