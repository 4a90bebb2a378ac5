package alliancesim.model;

/**
 * The seven states of the model, with their bloc and their place on the schematic map of 1000 x 600
 * that the window and the page both draw (roughly as on a map: Europe left, the Pacific right).
 */
public enum StateCode {
    RUS("Russia", Bloc.EAST, 420, 150),
    PRK("North Korea", Bloc.EAST, 730, 290),
    CHN("China", Bloc.EAST, 560, 400),
    USA("United States", Bloc.WEST, 880, 490), // its label, "United States", must end inside the map
    KOR("South Korea", Bloc.WEST, 735, 435), // apart from Japan and the US, so its 14-point name fits at 1280 x 720
    JPN("Japan", Bloc.WEST, 880, 360),
    UKR("Ukraine", Bloc.WEST, 120, 300);

    /** The schematic map's size, in its own units. */
    public static final double MAP_WIDTH = 1000;
    public static final double MAP_HEIGHT = 600;

    /** The two sides of the de facto blocs the articles describe. */
    public enum Bloc { EAST, WEST }

    private final String displayName;
    private final Bloc bloc;
    private final double mapX;
    private final double mapY;

    StateCode(String displayName, Bloc bloc, double mapX, double mapY) {
        this.displayName = displayName;
        this.bloc = bloc;
        this.mapX = mapX;
        this.mapY = mapY;
    }

    public String displayName() { return displayName; }
    public Bloc bloc() { return bloc; }
    public double mapX() { return mapX; }
    public double mapY() { return mapY; }
}
