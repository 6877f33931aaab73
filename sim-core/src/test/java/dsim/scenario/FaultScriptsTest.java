package dsim.scenario;

import dsim.spec.CrashPoint;
import dsim.spec.PacketKind;
import dsim.spec.RandomFaults;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FaultScriptsTest {

    private static final String BASE = ScenarioLoaderTest.BASE;
    private static final long S = 1_000_000_000L;

    private static Scenario parse(String yaml) throws ScenarioException {
        return ScenarioLoader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyFault_loadsAsWritten() throws ScenarioException {
        Scenario s = parse(BASE + """
                random-faults: { loss: off, crashes: off }
                faults:
                  - { drop: publish of auth-service-7, link: auth-service->email-service, attempt: 2 }
                  - { duplicate: deliver of auth-service-7, link: email-service->user-inbox }
                  - { delay: consumer-ack of auth-service-8, link: user-inbox->email-service, by: 5s, stored: 2 }
                  - { crash: email-service, at: 1.5s, down-for: 10s }
                  - { crash: user-inbox, at: after-process of auth-service-9, attempt: 3, second-copy: true }
                  - { outage: email-service->user-inbox, from: 10s, to: 20s }
                """);
        assertEquals(new RandomFaults(false, true, true, false), s.faults().random());
        ScriptedFault.PacketRef publish = new ScriptedFault.PacketRef("auth-service", "email-service",
                PacketKind.PUBLISH, "auth-service", 7, 2, 1);
        assertEquals(List.of(
                new ScriptedFault.Drop(publish),
                new ScriptedFault.Duplicate(new ScriptedFault.PacketRef("email-service", "user-inbox",
                        PacketKind.DELIVER, "auth-service", 7, 1, 1)),
                new ScriptedFault.Delay(new ScriptedFault.PacketRef("user-inbox", "email-service",
                        PacketKind.CONSUMER_ACK, "auth-service", 8, 1, 2), 5 * S),
                new ScriptedFault.TimedCrash("email-service", 1_500_000_000L, 10 * S),
                new ScriptedFault.PointCrash("user-inbox", CrashPoint.AFTER_PROCESS, new ScriptedFault.PacketRef("",
                        "user-inbox", PacketKind.DELIVER, "auth-service", 9, 3, 1), true, -1),
                new ScriptedFault.Outage("email-service", "user-inbox", 10 * S, 20 * S)), s.faults().script());
        // Each reads back from its own script line.
        for (ScriptedFault f : s.faults().script()) {
            assertEquals(List.of(f), parse(BASE + "faults:\n  - " + f.yaml() + "\n").faults().script(), f.yaml());
        }
    }

    @Test
    void randomFaultsOff_turnsEverySourceOff() throws ScenarioException {
        assertEquals(RandomFaults.OFF, parse(BASE + "random-faults: off\n").faults().random());
        assertEquals(RandomFaults.ON, parse(BASE).faults().random());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void badFault_reportsOneExactProblem(String label, String faults, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(BASE + faults));
        assertEquals(expected, e.getMessage(), label);
        assertEquals(1, e.problems().size(), label);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("message past the producer's last", "faults:\n  - { drop: publish of auth-service-101, "
                        + "link: auth-service->email-service }\n", "t.yaml:12:13: faults[0].drop: no message "
                        + "\"auth-service-101\": auth-service creates auth-service-1 to auth-service-100"),
                Arguments.of("unknown node in a link", "faults:\n  - { drop: publish of auth-service-1, "
                        + "link: auth-service->email-servce }\n", "t.yaml:12:46: faults[0].link: unknown node "
                        + "\"email-servce\" in auth-service->email-servce, did you mean \"email-service\"?"),
                Arguments.of("unknown packet", "faults:\n  - { drop: publsh of auth-service-1, "
                        + "link: auth-service->email-service }\n", "t.yaml:12:13: faults[0].drop: unknown packet "
                        + "\"publsh\": expected publish | publish-ack | deliver | consumer-ack, did you mean \"publish\"?"),
                Arguments.of("two verbs", "faults:\n  - { drop: publish of auth-service-1, duplicate: publish of "
                        + "auth-service-1, link: auth-service->email-service }\n", "t.yaml:12:5: faults[0]: 2 fault "
                        + "verbs: expected exactly one of drop, duplicate, delay, crash, outage, got drop, duplicate"),
                Arguments.of("crash point at a broker", "faults:\n  - { crash: email-service, at: after-process of "
                        + "auth-service-1 }\n", "t.yaml:12:14: faults[0].crash: \"email-service\" is a broker, "
                        + "expected a consumer"),
                Arguments.of("outage that ends first", "faults:\n  - { outage: auth-service->email-service, from: 2s, "
                        + "to: 1s }\n", "t.yaml:12:58: faults[0].to: must be after from (2s), got 1s"),
                Arguments.of("random faults as a word", "random-faults: maybe\n", "t.yaml:11:16: random-faults: "
                        + "expected on, off, or a mapping like { loss: off, duplicate: off, outages: off, crashes: off },"
                        + " got \"maybe\""));
    }
}
