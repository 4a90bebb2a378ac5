package alliancesim.gui;

import javax.swing.ImageIcon;
import javax.swing.JButton;
import sim.display.Console;
import sim.display.GUIState;

/**
 * MASON's Console as a teacher expects it: ▶ plays, also when the run is paused (MASON's own ▶
 * steps one month then, and only the pause button resumes), and ▶ keeps its play icon while paused.
 * A restart replays the same run: the seed is not incremented on Stop.
 */
public final class TeacherConsole extends Console {
    private static final long serialVersionUID = 1L;
    private final transient JButton play;
    /** ▶'s own icons, as MASON shows them before the first play. */
    private final transient javax.swing.Icon playIcon;
    private final transient javax.swing.Icon playPressedIcon;

    public TeacherConsole(GUIState gui) {
        super(gui);
        setIncrementSeedOnStop(false); // Stop then ▶ replays the same seed
        play = playButton(this);
        playIcon = play == null ? null : play.getIcon();
        playPressedIcon = play == null ? null : play.getPressedIcon();
    }

    /** Starts the run paused with its first month shown (map, charts, Model tab), for ▶ to play on from. */
    public void showFirstMonth() {
        pressPause();
        super.pressPlay(); // MASON's ▶ while paused: one month
    }

    @Override
    public synchronized void pressPlay() {
        if (getPlayState() == PS_PAUSED) {
            pressPause(); // resumes
        } else {
            super.pressPlay();
        }
    }

    @Override
    public synchronized void pressPause() {
        super.pressPause();
        if (getPlayState() == PS_PAUSED && play != null) {
            // MASON shows its step icon on ▶ while paused; here ▶ plays, so it keeps the play icon.
            play.setIcon(playIcon);
            play.setPressedIcon(playPressedIcon);
        }
    }

    JButton play() {
        return play;
    }

    /** MASON's ▶: the button that shows its not-playing icon when the console is new. */
    private static JButton playButton(java.awt.Container root) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof JButton b && b.getIcon() instanceof ImageIcon i && i.getDescription() != null
                    && i.getDescription().endsWith("/NotPlaying.png")) {
                return b;
            }
            if (c instanceof java.awt.Container inner) {
                JButton found = playButton(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
