package alliancesim.gui;

import alliancesim.model.AllianceModel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The teacher's window: the states on a map with their flows and ties, live charts, an event
 * log, the levers as sliders in the Model tab, and the scenario in the About tab.
 */
public final class AllianceModelWithUI extends GUIState {
    private final String title;
    private final String description;
    /** The last month of the public record; later months are a projection. */
    private final Optional<YearMonth> recordEnds;
    /** Which run the window shows (seed, posterior draw), as HTML for the About tab. */
    private final String whichRun;
    private final MapNetworks networks = new MapNetworks();
    private final NetworkPortrayal2D flowPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D statePortrayal = new ContinuousPortrayal2D();
    private final MapLabels labels = new MapLabels(networks);
    private final LiveCharts charts;
    private final EventLog log;
    private final Levers levers;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private JFrame logFrame;
    private JTextArea logArea;
    /** Opens another scenario in place of this window (given by the command line); none: no button. */
    private java.util.function.Consumer<java.nio.file.Path> scenarioOpener;

    /**
     * {@code recordEnds}: the last month of the public record; the charts shade the months after it, the map says so.
     * {@code whichRun}: which run this is (its seed, its posterior draw), HTML for the About tab.
     */
    public AllianceModelWithUI(AllianceModel model, String title, String description, YearMonth start,
                               Optional<YearMonth> recordEnds, String whichRun) {
        super(model);
        this.title = title;
        this.description = description;
        this.recordEnds = recordEnds;
        this.whichRun = whichRun;
        this.log = new EventLog(start);
        this.charts = new LiveCharts(start, model.months(), recordEnds);
        this.levers = new Levers(model);
    }

    /**
     * Lets the teacher open another scenario from the window: the log window gets an "Open scenario…"
     * button that asks for a file and hands it to {@code opener}, which may refuse it with an
     * IllegalArgumentException whose message is shown.
     */
    public void setScenarioOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.scenarioOpener = opener;
    }

    public static String getName() {
        return "alliance-sim";
    }

    private AllianceModel model() {
        return (AllianceModel) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    /**
     * The Model tab's inspector, refreshed every month: MASON makes the model inspector non-volatile
     * (updated only by its Refresh button), so the month and readouts would stand still while the run plays.
     */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector inspector = super.getInspector();
        if (inspector != null) {
            inspector.setVolatile(true);
        }
        return inspector;
    }

    @Override
    public void start() {
        super.start();
        setupPortrayals();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        setupPortrayals();
    }

    private void setupPortrayals() {
        networks.rebuild(model());
        statePortrayal.setField(networks.places);
        statePortrayal.setPortrayalForAll(new StatePortrayal());
        flowPortrayal.setField(new SpatialNetwork2D(networks.places, networks.edges));
        flowPortrayal.setPortrayalForAll(new FlowPortrayal());
        log.clear();
        labels.setDate("");
        onSwing(() -> {
            charts.clear();
            if (logArea != null) {
                logArea.setText("");
            }
            if (displayFrame != null) {
                displayFrame.setTitle(mapTitle(0));
            }
        });
        scheduleRepeatingImmediatelyAfter(s -> afterMonth());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    private void afterMonth() {
        AllianceModel m = model();
        int month = m.month();
        if (month < 0 || month >= m.months() || state.schedule.getTime() > month) {
            return; // the run has ended at its horizon
        }
        networks.rebuild(m);
        double[] values = LiveCharts.read(m.trajectory(), month);
        List<String> fresh = log.update(m.happenings());
        labels.setDate(dateLine(month));
        onSwing(() -> {
            charts.add(month, values);
            if (logArea != null) {
                fresh.forEach(line -> logArea.append(line + "\n"));
            }
            if (displayFrame != null) {
                displayFrame.setTitle(mapTitle(month));
            }
        });
    }

    /** Swing components are touched on the Swing thread when there is a window; directly when headless. */
    private void onSwing(Runnable r) {
        if (display == null || SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        WindowLayout layout = WindowLayout.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds());
        display = new Display2D(MapLayout.WIDTH, MapLayout.HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        display.attach(flowPortrayal, "Flows and ties");
        display.attach(statePortrayal, "States");
        display.attach(labels, "Labels");
        displayFrame = display.createFrame();
        displayFrame.setTitle(mapTitle(-1));
        displayFrame.setBounds(layout.map());
        // The display's header, borders and scroll bars take about 40 x 110 pixels; the map is scaled to what remains.
        display.setScale(Math.max(0.3, layout.mapScale(40, 110)));
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        JPanel grid = new JPanel(new GridLayout(0, 1));
        for (JFreeChart chart : charts.charts()) {
            grid.add(new ChartPanel(chart));
        }
        chartFrame = frame("Live charts", grid, layout.charts());
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);

        logArea = new JTextArea();
        logArea.setEditable(false);
        logArea.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        // Long events wrap at word ends instead of running out of the window (no line cut at 1280 x 720).
        logArea.setLineWrap(true);
        logArea.setWrapStyleWord(true);
        JPanel logPanel = new JPanel(new java.awt.BorderLayout());
        if (c instanceof Console console) {
            JPanel top = new JPanel(new java.awt.BorderLayout());
            top.add(Pace.control(console), java.awt.BorderLayout.CENTER);
            if (scenarioOpener != null) {
                top.add(openButton(), java.awt.BorderLayout.EAST);
            }
            logPanel.add(top, java.awt.BorderLayout.NORTH);
        }
        logPanel.add(new JScrollPane(logArea, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), java.awt.BorderLayout.CENTER);
        logFrame = frame("What happened", logPanel, layout.log());
        c.registerFrame(logFrame);
        logFrame.setVisible(true);

        if (c instanceof Console console) {
            showScenarioInAboutTab(console.getTabPane());
            console.setBounds(layout.console());
        }
    }

    private javax.swing.JButton openButton() {
        javax.swing.JButton open = new javax.swing.JButton("Open scenario…");
        open.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        open.addActionListener(e -> {
            javax.swing.JFileChooser chooser = new javax.swing.JFileChooser(new java.io.File("scenarios"));
            chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("scenario files (*.yaml)", "yaml", "yml"));
            if (chooser.showOpenDialog(logFrame) != javax.swing.JFileChooser.APPROVE_OPTION) {
                return;
            }
            try {
                scenarioOpener.accept(chooser.getSelectedFile().toPath());
            } catch (IllegalArgumentException ex) {
                javax.swing.JOptionPane.showMessageDialog(logFrame, ex.getMessage(), "Cannot open this scenario",
                        javax.swing.JOptionPane.ERROR_MESSAGE);
            }
        });
        return open;
    }

    /** The map window's title: the scenario and the month shown, as a calendar month. */
    private String mapTitle(int month) {
        return "alliance-sim: " + title + (month < 0 ? "" : " — " + dateLine(month));
    }

    /** "2026-05 (month 32, projection)": the month shown, and whether it is after the record's end. */
    private String dateLine(int month) {
        boolean projected = charts.projected(month);
        return log.date(month) + " (month " + month + (projected ? ", projection" : "") + ")";
    }

    private static JFrame frame(String name, java.awt.Component content, java.awt.Rectangle bounds) {
        JFrame f = new JFrame(name);
        f.getContentPane().add(content);
        f.setBounds(bounds);
        return f;
    }

    private void showScenarioInAboutTab(JTabbedPane tabs) {
        JEditorPane about = new JEditorPane("text/html", AboutText.html(title, description, recordEnds, whichRun));
        about.setEditable(false);
        int index = tabs.indexOfTab("About");
        if (index >= 0) {
            tabs.setComponentAt(index, new JScrollPane(about));
        } else {
            tabs.insertTab("About", null, new JScrollPane(about), null, 0);
        }
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, chartFrame, logFrame}) {
            if (f != null) {
                f.dispose();
            }
        }
        display = null;
    }

    /** Paints the map as the display shows it, for tests and screenshots without a window. */
    public void paintMap(Graphics2D g, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, width, height);
        flowPortrayal.draw(flowPortrayal.getField(), g, new DrawInfo2D(this, flowPortrayal, area, area));
        statePortrayal.draw(statePortrayal.getField(), g, new DrawInfo2D(this, statePortrayal, area, area));
        labels.draw(labels.getField(), g, new DrawInfo2D(this, labels, area, area));
    }

    List<JFreeChart> liveCharts() {
        return charts.charts();
    }

    String mapDate() {
        return labels.date();
    }

    int chartPoints() {
        return charts.points();
    }

    List<String> logLines() {
        return log.lines();
    }

    Levers levers() {
        return levers;
    }
}
