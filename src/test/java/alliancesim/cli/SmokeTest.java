package alliancesim.cli;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class SmokeTest { @Test void t() { assertEquals(2, 1+1); } }
