package alliancesim.gui;

import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Hashtable;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import sim.display.Console;

/**
 * How fast the run plays, where a teacher looks (above the event log) rather than only under
 * Console → Delay: by default a month every half second, so a class can follow it.
 */
final class Pace {
    /** Milliseconds between months by default. */
    static final int DEFAULT_MS = 500;
    static final int MIN_MS = 0;
    static final int MAX_MS = 2000;

    private Pace() {
    }

    /** Sets the console's pace to the default and returns a slider that changes it. */
    static JPanel control(Console console) {
        console.setPlaySleep(DEFAULT_MS);
        JSlider slider = new JSlider(MIN_MS, MAX_MS, DEFAULT_MS);
        slider.setMajorTickSpacing(500);
        slider.setPaintTicks(true);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("fast"));
        labels.put(MAX_MS, new JLabel("slow"));
        slider.setLabelTable(labels);
        slider.setPaintLabels(true);
        JLabel text = new JLabel(text(DEFAULT_MS));
        text.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        slider.addChangeListener(e -> {
            console.setPlaySleep(slider.getValue());
            text.setText(text(slider.getValue()));
        });
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JLabel name = new JLabel("Pace:");
        name.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        panel.add(name);
        panel.add(slider);
        panel.add(text);
        return panel;
    }

    static String text(int ms) {
        return ms == 0 ? "as fast as it goes" : String.format(Locale.ROOT, "%.1f s a month", ms / 1000.0);
    }
}
