package dev.moomoo.lab.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/** The words of a replay's controls, as a spectator types them in chat or the operator at the console (README, "Replays and spectating"). */
class ControlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/pause|Pause[]",
            "pause|Pause[]",
            "/play|Play[]",
            "/speed 2|Speed[factor=2.0]",
            "/speed 0.25|Speed[factor=0.25]",
            "/speed 4x|Speed[factor=4.0]",
            "/seek 1:30|Seek[offsetNanos=90000000000]",
            "/seek 90|Seek[offsetNanos=90000000000]",
            "/seek 1:02:03|Seek[offsetNanos=3723000000000]",
            "/seek 0:07.5|Seek[offsetNanos=7500000000]",
            "  /SPEED   0.5 |Speed[factor=0.5]"})
    void aControlIsReadFromItsWords(String text, String expected) {
        assertEquals(expected, Control.parse(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/speed 5", "/speed 0.1", "/speed fast", "/speed NaN", "/seek", "/seek -1", "/seek 1:xx", "/jump 3", "/pause now", ""})
    void anythingElseIsRefusedWithWhatIsWrong(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Control.parse(text));
        assertFalse(e.getMessage().isBlank());
    }
}
