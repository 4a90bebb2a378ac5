package alliancesim.gui;

import java.awt.Color;

/** A monthly flow between two states, drawn as an edge whose width follows its volume. */
record Flow(Kind kind, double width, String label) {
    /** Only the two shell flows carry their label on the map: more labels on a projector overlap into noise. */
    boolean labelled() {
        return kind == Kind.MUNITIONS || kind == Kind.WESTERN_SUPPLY;
    }

    enum Kind {
        TIE(new Color(150, 150, 150)),
        MUNITIONS(new Color(213, 94, 0)),
        AID_AND_TECHNOLOGY(new Color(0, 158, 115)),
        WESTERN_SUPPLY(new Color(0, 114, 178)),
        SANCTIONS(new Color(0, 0, 0));

        final Color color;

        Kind(Color color) {
            this.color = color;
        }
    }
}
