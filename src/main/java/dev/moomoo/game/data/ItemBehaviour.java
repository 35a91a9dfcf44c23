package dev.moomoo.game.data;

/**
 * What an item does, with its numbers. The game's systems switch over these exhaustively, so a new
 * behaviour is a compile error everywhere it must be handled. Written in a table as a name and
 * {@code key=value} pairs, every key required: {@code spike damage=20 push=1.5 poison=0 turn=0}.
 */
public sealed interface ItemBehaviour {
    /** Eaten: heals at once, then {@code regen} per second for {@code regenSeconds}. */
    record Food(double heal, double regen, double regenSeconds) implements ItemBehaviour {
    }

    /** A wall; only one that {@code takesShots} is hurt by projectiles (the others just stop them). */
    record Wall(boolean takesShots) implements ItemBehaviour {
    }

    /** Hurts enemies that touch it and pushes them off; may poison, may spin ({@code turn} rad per ms). */
    record Spike(double damage, double push, double poison, double turn) implements ItemBehaviour {
    }

    /** Gives its owner {@code points} per second. */
    record Mill(double points) implements ItemBehaviour {
    }

    /** A gatherable node (mine: stone, sapling: wood) of natural {@code type}; players collide at {@code collide} times its scale. */
    record Node(int type, double collide) implements ItemBehaviour {
    }

    /** Holds an enemy that steps on it; hidden from others until sprung. */
    record Trap(double trigger) implements ItemBehaviour {
    }

    /** Pushes who steps on it along its direction. */
    record Boost(double push, double trigger) implements ItemBehaviour {
    }

    /** Shoots {@code projectile} at the nearest enemy within {@code range} every {@code reload} ms. */
    record Turret(int projectile, double range, double reload) implements ItemBehaviour {
    }

    /** Raises who stands on it to layer 1; the one item allowed in the river. */
    record Platform() implements ItemBehaviour {
    }

    /** Heals who stands on it {@code heal} per second. */
    record HealPad(double heal, double trigger) implements ItemBehaviour {
    }

    /** The owner's next respawn is here; used up by it. */
    record SpawnPad() implements ItemBehaviour {
    }

    /** Nobody may build within {@code radius} of it. */
    record Blocker(double radius, double trigger) implements ItemBehaviour {
    }

    /** Sends who steps on it to a random point. */
    record Teleporter(double trigger) implements ItemBehaviour {
    }

    /** Reads {@code name key=value ...}; throws with the problem in words (the caller adds file and line). */
    static ItemBehaviour parse(String spec) {
        String[] words = spec.strip().split(" +", 2);
        KeyValues a = KeyValues.parse(words[0], words.length > 1 ? words[1] : "");
        ItemBehaviour b = switch (words[0]) {
            case "food" -> new Food(a.number("heal"), a.numberOr("regen", 0), a.numberOr("regenSeconds", 0));
            case "wall" -> new Wall(a.flag("takesShots"));
            case "spike" -> new Spike(a.number("damage"), a.number("push"), a.number("poison"), a.number("turn"));
            case "mill" -> new Mill(a.number("points"));
            case "node" -> new Node((int) a.number("type"), a.number("collide"));
            case "trap" -> new Trap(a.number("trigger"));
            case "boost" -> new Boost(a.number("push"), a.number("trigger"));
            case "turret" -> new Turret((int) a.number("projectile"), a.number("range"), a.number("reload"));
            case "platform" -> new Platform();
            case "healpad" -> new HealPad(a.number("heal"), a.number("trigger"));
            case "spawnpad" -> new SpawnPad();
            case "blocker" -> new Blocker(a.number("radius"), a.number("trigger"));
            case "teleporter" -> new Teleporter(a.number("trigger"));
            default -> throw new IllegalArgumentException("unknown behaviour '" + words[0] + "'");
        };
        a.requireAllUsed();
        return b;
    }
}
