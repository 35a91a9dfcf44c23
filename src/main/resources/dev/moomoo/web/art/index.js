// The drawing code of the own browser client, as ES modules loaded without a build step. Everything is
// drawn with canvas 2D paths and gradients made here (no images). Coordinates are world units; the caller
// sets the world->screen transform. Every function saves and restores the context state it changes.
// Sizes come from the caller (the tables of /game-data.json), colours from palette.js.

// ground(ctx, view {x0, y0, x1, y1}, map {size, snowTop, desertTop, riverTop, riverBottom}, t)
export { drawGround as ground } from './ground.js';
// tree, bush, rock, gold: (ctx, x, y, scale, seed); bush(..., desert) is a cactus in the desert
export { tree, bush, rock, goldOre as gold } from './nature.js';
// building(ctx, itemIndex, x, y, dir, scale, t, extra {ghost, invalid, turretDir})
export { drawBuilding as building } from './buildings.js';
// animal(ctx, type, x, y, dir, scale, t, hurt)
export { drawAnimal as animal } from './animals.js';
// player(ctx, p {x, y, dir, skin, weapon, variant, item {index, scale} or null, hat, accessory, swing}, t)
export { player } from './players.js';
export { skins } from './palette.js';
// projectile(ctx, index, x, y, dir)
export { projectile } from './weapons.js';
// icon(ctx, 'skull' | 'crown', x, y, size); itemIcon(ctx, item {index, scale}, size); weaponIcon, hatIcon,
// accessoryIcon(ctx, id, size)
export { icon, itemIcon, weaponIcon, hatIcon, accessoryIcon } from './icons.js';
