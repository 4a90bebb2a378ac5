package alliancesim.model;

/** The seven states of the model, with their bloc. */
public enum StateCode {
    RUS("Russia", Bloc.EAST),
    PRK("North Korea", Bloc.EAST),
    CHN("China", Bloc.EAST),
    USA("United States", Bloc.WEST),
    KOR("South Korea", Bloc.WEST),
    JPN("Japan", Bloc.WEST),
    UKR("Ukraine", Bloc.WEST);

    /** The two sides of the de facto blocs the articles describe. */
    public enum Bloc { EAST, WEST }

    private final String displayName;
    private final Bloc bloc;

    StateCode(String displayName, Bloc bloc) {
        this.displayName = displayName;
        this.bloc = bloc;
    }

    public String displayName() { return displayName; }
    public Bloc bloc() { return bloc; }
}
