package dev.moomoo.game.entity;

import dev.moomoo.game.space.Positioned;

/**
 * Everything that has a place in the world and can be seen, collided with or hit. Visibility,
 * collisions and damage switch over this set, so a new kind of entity is a compile error wherever it
 * must be handled.
 */
public sealed interface Entity extends Positioned permits Player, Animal, WorldObject, Projectile {
}
