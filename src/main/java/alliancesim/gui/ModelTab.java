package alliancesim.gui;

import alliancesim.model.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import sim.util.Interval;
import sim.util.Properties;

/**
 * What the Console's Model tab lists: the month, two readouts and what the states decided this month
 * (read-only), the seven levers as sliders showing the values set, then
 * every other parameter of the registry (each with its range as a slider and its description as the
 * tool tip), so a teacher reaches any parameter without a new bean method per parameter.
 */
final class ModelTab extends Properties {
    private static final long serialVersionUID = 1L;

    /** One line of the tab: a read-only readout when {@code set} is null. */
    private record Row(String name, String description, DoubleSupplier get, DoubleConsumer set, Interval domain,
                       boolean whole) {
    }

    private final transient List<Row> rows = new ArrayList<>();

    ModelTab(Levers levers, Levers.Setter setter, java.util.function.ToDoubleFunction<Param> value) {
        this.object = levers;
        rows.add(new Row("Month", "months since the start", levers::getMonth, null, null, true));
        rows.add(new Row("FrontBalance", "front balance, -1 (Ukraine) to 1 (Russia)", levers::getFrontBalance, null,
                null, false));
        rows.add(new Row("RegionalTension", "regional tension index", levers::getRegionalTension, null, null, false));
        // What the states decided from the levers this month: read-only, apart from the sliders that set the policies.
        rows.add(new Row("ChinaFacilitationNow", "China's facilitation this month, as China decided it from its policy"
                + " (the ChinaFacilitation slider), secondary sanctions and its ties", levers::getChinaFacilitationNow,
                null, null, false));
        rows.add(new Row("SanctionsOnRussiaNow", "sanctions pressure in force on Russia this month: the lever, the"
                + " sanctions the record added, and the US reaction to the shells it sees", levers::getSanctionsOnRussiaNow,
                null, null, false));
        rows.add(new Row("SanctionsOnNorthKoreaNow", "sanctions pressure in force on North Korea this month: the lever"
                + " and the US reaction", levers::getSanctionsOnNorthKoreaNow, null, null, false));
        lever(levers::getSanctionsPressureOnRussia, Param.SANCTIONS_PRESSURE_RUS, "SanctionsPressureOnRussia", setter);
        lever(levers::getSanctionsPressureOnNorthKorea, Param.SANCTIONS_PRESSURE_PRK, "SanctionsPressureOnNorthKorea", setter);
        lever(levers::getSanctionsEnforcement, Param.SANCTIONS_ENFORCEMENT, "SanctionsEnforcement", setter);
        lever(levers::getSecondarySanctions, Param.SANCTIONS_SECONDARY, "SecondarySanctions", setter);
        lever(levers::getNorthKoreanExportShare, Param.MUNITIONS_PRK_EXPORT_SHARE, "NorthKoreanExportShare", setter);
        lever(levers::getChinaFacilitation, Param.CHINA_FACILITATION, "ChinaFacilitation", setter);
        lever(levers::getTrilateralDeterrenceReaction, Param.DETERRENCE_REACTION_K, "TrilateralDeterrenceReaction", setter);
        Set<Param> levered = Set.of(Param.SANCTIONS_PRESSURE_RUS, Param.SANCTIONS_PRESSURE_PRK, Param.SANCTIONS_ENFORCEMENT,
                Param.SANCTIONS_SECONDARY, Param.MUNITIONS_PRK_EXPORT_SHARE, Param.CHINA_FACILITATION,
                Param.DETERRENCE_REACTION_K);
        for (Param p : Param.all()) {
            if (!levered.contains(p)) {
                rows.add(new Row("· " + p.key(), p.description() + " (" + p.unit() + ")",
                        () -> value.applyAsDouble(p), v -> setter.set(p, v),
                        new Interval(p.min(), p.max()), p.kind() != Param.Kind.NUMBER));
            }
        }
    }

    private void lever(DoubleSupplier get, Param p, String name, Levers.Setter setter) {
        rows.add(new Row(name, p.description() + " (" + p.unit() + ")", get,
                v -> setter.set(p, v), new Interval(p.min(), p.max()), false));
    }

    /**
     * The rows never change, only their values: MASON rebuilds every row of a volatile Properties on
     * each refresh (rows drawn over each other, a slider lost mid-drag), while the inspector, made
     * volatile by AllianceModelWithUI, updates the values every month.
     */
    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int i) {
        Row r = rows.get(i);
        double v = r.get().getAsDouble();
        return r.whole() ? (Object) (int) Math.round(v) : (Object) v;
    }

    @Override
    public Object getDomain(int i) {
        return rows.get(i).domain();
    }

    @Override
    public String getDescription(int i) {
        return rows.get(i).description();
    }

    @Override
    public boolean isReadWrite(int i) {
        return rows.get(i).set() != null;
    }

    @Override
    public String getName(int i) {
        return rows.get(i).name();
    }

    @Override
    public Class<?> getType(int i) {
        return rows.get(i).whole() ? Integer.TYPE : Double.TYPE;
    }

    @Override
    protected Object _setValue(int i, Object value) {
        Row r = rows.get(i);
        if (r.set() == null) {
            return null;
        }
        double v = ((Number) value).doubleValue();
        // Each refresh MASON puts the shown value back into the slider, and the slider hands it back
        // here: that echo is not a teacher's move. Applied, it would write the rounded value into the
        // parameter, and China's shown level into its policy, so watching would change the run.
        if (v != ((Number) getValue(i)).doubleValue()) {
            r.set().accept(v);
        }
        return getValue(i);
    }
}
