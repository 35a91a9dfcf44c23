package dev.moomoo.protocol;

import dev.moomoo.protocol.ServerPacket.Health;
import dev.moomoo.protocol.ServerPacket.PlayerState;
import dev.moomoo.protocol.ServerPacket.RemovePlayer;
import dev.moomoo.protocol.ServerPacket.UpdatePlayers;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A profile is its codes and the shapes it changes: a packet given another shape is written and read
 * in it, every other packet as the record's own shape says.
 */
class ProfileTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Era 2's codes, with E's id inside a list of its own ({@code ["E", [["ab"]]]}) and D's aim in hundredths. */
    private static final Profile RESHAPED = Profile.ERA_2
            .withShape(RemovePlayer.class, Shape.of(p -> List.of(List.of(p.id())),
                    a -> new RemovePlayer(a.arity(1, 1).nested(0).arity(1, 1).string(0, 64))))
            .withShape(ClientPacket.Aim.class, Shape.of(p -> List.of(Math.round(p.angle() * 100)),
                    a -> new ClientPacket.Aim(a.arity(1, 1).integer(0) / 100.0)));

    @Test
    void aPacketGivenAnotherShapeIsWrittenAndReadInIt() throws PacketException {
        ServerCodec codec = new ServerCodec(RESHAPED);
        // ["E", [["ab"]]]
        assertEquals("92a1459191a26162", HEX.formatHex(codec.encode(new RemovePlayer("ab"))));
        assertEquals(new RemovePlayer("ab"), codec.decode(HEX.parseHex("92a1459191a26162")));
        // the record's own shape, ["E", ["ab"]], is not this profile's
        PacketException e = assertThrows(PacketException.class, () -> codec.decode(HEX.parseHex("92a14591a26162")));
        assertEquals(PacketException.Reason.ARGUMENT, e.reason());
        // ["D", [157]]: 1.57 in hundredths, uint8
        assertEquals(new ClientPacket.Aim(1.57), new ClientCodec(RESHAPED).decode(HEX.parseHex("92a14491cc9d")));
        assertEquals("92a14491cc9d", HEX.formatHex(new ClientCodec(RESHAPED).encode(new ClientPacket.Aim(1.57))));
    }

    @Test
    void everyOtherPacketKeepsTheShapeOfItsRecord() {
        // ["O", [5, 75]], as ServerGoldenBytesTest has it
        assertEquals("92a14f92054b", HEX.formatHex(new ServerCodec(RESHAPED).encode(new Health(5, 75))));
        assertEquals("92a14591a26162", HEX.formatHex(new ServerCodec(Profile.ERA_2).encode(new RemovePlayer("ab"))), "era 2 itself is unchanged");
    }

    @Test
    void theAllocationFreeUpdateRefusesAProfileThatShapesTheUpdateItsOwnWay() {
        Profile ownUpdate = Profile.ERA_2.withShape(UpdatePlayers.class, Shape.of(p -> List.of(p.players().size()),
                a -> new UpdatePlayers(List.of())));
        ServerCodec codec = new ServerCodec(ownUpdate);
        List<PlayerState> none = List.of();
        assertThrows(IllegalStateException.class, () -> codec.encodeUpdate(none));
        // ["a", [0]] through the profile's own shape
        assertEquals("92a1619100", HEX.formatHex(codec.encode(new UpdatePlayers(none))));
    }

    @Test
    void theEraFlagChoosesTheProfile() {
        assertSame(Profile.ERA_1, Profile.forEra(1));
        assertSame(Profile.ERA_2, Profile.forEra(2));
        assertThrows(IllegalArgumentException.class, () -> Profile.forEra(3));
        assertEquals("era2", Profile.ERA_2.name());
    }
}
