// Every colour of the own client, named once by what it is: first the materials the pictures share
// (wood, stone, steel, gold, leaves, bone, cloth), then the colours of one creature or one piece of gear,
// then the page's. Colours that were nearly the same and painted the same thing are one colour here.
// A translucent colour is a colour at a strength: alpha(colour, a); light(a) is white, shade(a) black.

export const white = '#ffffff';
export const black = '#000000';
/** The dark outline of everything drawn. */
export const outline = '#525252';

const translucent = new Map();   // colour -> strength -> rgba() string
/** colour (#rrggbb) at strength a (0..1), as an rgba() string. */
export function alpha(colour, a) {
  let strengths = translucent.get(colour);
  if (!strengths) translucent.set(colour, strengths = new Map());
  let c = strengths.get(a);
  if (!c) {
    const v = (i) => parseInt(colour.substr(i, 2), 16);
    c = 'rgba(' + v(1) + ',' + v(3) + ',' + v(5) + ',' + a + ')';
    if (strengths.size > 1000) strengths.clear();   // strengths that change by the frame (pulses, fades)
    strengths.set(a, c);
  }
  return c;
}
/** White at strength a: highlights, shine and foam. */
export const light = (a) => alpha(white, a);
/** Black at strength a: shadows and creases. */
export const shade = (a) => alpha(black, a);

/** The red flash of a hurt body, or a building that may not stand where it is shown. */
export const hurt = '#ff3232';
/** A warm pale light: sun on sand, a bullet's trail. */
export const warmLight = '#fffadc';
/** Off-white cloth and hide. */
export const cream = '#f3f0ea';
/** Stitched seams and creases in canvas and leather. */
export const seam = '#786446';
/** What no table knows, drawn in this. */
export const unknown = '#b7a58a';
/** Bright signal colours: gems, crosses, fletching. */
export const signal = { red: '#e2434f', blue: '#4aa3df' };

// ---- shared materials ----

export const wood = {
  plank: '#a8743f', light: '#c99356', dark: '#80562d', pale: '#d39e62', deep: '#8d5f33', board: '#b98449',
  rung: '#7a5632', twig: '#a57a4a', soil: '#8d6b47',
  grain: '#503214',   // the dark lines in wood (at a strength)
  glow: '#ffe6b4',    // the warm light on end grain (at a strength)
};

export const stone = {
  light: '#b4b8bd', mid: '#8e9297', dark: '#6c7076', castle: '#9fa3a9', castleDark: '#646870', heap: '#74787e',
  rock: '#868a90', face: '#c5c9cd', pale: '#a6aaaf', crack: '#46484e', speck: '#50545a',
  pit: '#141211', pitMid: '#2c2724', pitRim: '#4a3f35', shaft: '#3b3631',
};

export const steel = {
  white: '#dfe2e6', light: '#c5cad0', bright: '#b9bec5', blade: '#b0b5bc', helmet: '#9aa1aa', lamp: '#a1a6ad', mid: '#8c9198',
  dim: '#848a92', dark: '#7c8089', ring: '#6f757d', deep: '#5e6268', pad: '#555c65', groove: '#50555f', darker: '#4f555c',
};

export const gold = {
  ore: '#c99a36', bright: '#ffe98e', trim: '#f0c34a', deep: '#e8b93c', soft: '#f2cb55', old: '#e0b44a', amber: '#e2a92a',
  brass: '#c9a24a', dim: '#b58a1e', warm: '#ffd84a', crown: '#f3c940', spine: '#e7c24a', emblem: '#f5cf3c',
  nugget: '#ffd95c', nuggetEdge: '#8a6420', glint: '#fffff0', cap: '#fff1b8', pearl: '#fff2b0',
  halo: '#f7d14c', haloShine: '#fff6c2', haloGlow: '#fff096',
};

export const leaf = {
  base: '#6f9d43', mid: '#89b84f', top: '#c2e47a', topShade: '#9cc95a', bush: '#62913e', young: '#a0cf62', ripe: '#82b14e',
  fresh: '#7dbb4a', sprout: '#b3de72', gear: '#8fc156', cape: '#79ad4b',
  shadow: '#285019', vein: '#3c6428', edge: '#466e2d', glint: '#ebffbe',
};

export const bone = {
  horn: '#eadfc4', ivory: '#ece3cf', pale: '#f1e8d4', skull: '#f2efe8', skullShade: '#e9e6de', fang: '#f1ece0',
};

// ---- the world ----

export const ground = {
  grass: '#789a56', snow: '#eef3f6', sand: '#dcc57c',
  sunPatch: '#ffffaa', shadePatch: '#14320a', tuft: '#c8e68c', flower: '#fae16e', flowerHeart: '#e6963c',
  drift: '#8caacd', snowShadow: '#96b4d7', snowEdge: '#7896af', sandShadow: '#967332', outside: '#1e232d',
};

export const water = { river: '#6ea3d4', shallows: '#a0d2f0', deep: '#285aa0', bank: '#28465a' };

export const berry = { red: '#d5424c', shine: '#ffebeb' };

export const cactus = {
  arm: '#5f9a48', light: '#8cc465', mid: '#6aa64f', dark: '#5a9445', spine: '#f3ecc8', flower: '#f07fa6', heart: '#ffd95a',
  shadow: '#785014',
};

export const food = {
  apple: '#e3473f', appleLight: '#ff8a7a', appleDark: '#b52f2c', stem: '#7a5230',
  cookie: '#e8b86f', cookieDark: '#b9823f', chip: '#5a3a22',
  cheese: '#ffe47d', cheeseDark: '#e9b93a', cheeseHole: '#d9a22e', rind: '#a06e14',
};

export const building = {
  poison: '#8e5fae', poisonDark: '#5e3a78', poisonBubble: '#9be35a', poisonSpike: '#a2c76a', poisonSpikeShade: '#6f9a45',
  sail: '#e46d5a', bladeStripe: '#e05a47',
  healCloth: '#f4efe2', healCross: '#e2545f', healPulse: '#e6505a',
  spawnLight: '#bff1ff', spawnMid: '#5fb7e8', spawnDark: '#3b7fc4', spawnStar: '#3b6fa8',
  sign: '#d9434e', signFace: '#f1ece4',
  portalRim: '#8d8aa0', portalRimDark: '#56526a', portalLight: '#f3d9ff', portal: '#b56ee8', portalDark: '#46206e', portalSwirl: '#fff0ff',
  invalid: '#e62828',
};

// ---- animals ----

export const animal = { eye: '#3a3a3a', nose: '#2f2f33', unknownHead: '#c2b297', unknownSnout: '#d8a89a' };
export const cow = { spot: '#5b5048', print: '#4e4a4a', ear: '#f0ddd2', earIn: '#e7a7a4', snout: '#f0b1ac' };
export const pig = { body: '#f3b3ab', head: '#f5bab2', ear: '#e99a93', snout: '#ea8f8c', tail: '#efa7a0' };
export const bull = { body: '#7f5439', head: '#6f4830', earIn: '#b07a66', snout: '#c89581', hornTip: '#7d776c', dark: '#3a2a20' };
export const bully = {
  body: '#544a4d', head: '#4a4144', earIn: '#8f6f74', snout: '#8f7479', hornTip: '#6b655c', dark: '#26201f',
  eye: '#d23b3b', eyeGlint: '#ffb0a0', scar: '#c8aaaa',
};
export const wolf = { body: '#8d929a', back: '#464a52', head: '#979ca4', ear: '#7c8189', muzzle: '#d7d9dc', tail: '#eeeeee', eye: '#e8b83a' };
export const duck = { body: '#f6d655', head: '#f8dc62', wing: '#e9bf3c', tail: '#eec141', bill: '#f59a3c', billLine: '#8c4614' };
export const boar = { body: '#5e4433', head: '#523a2c', bristle: '#2e211a', ear: '#4a3327', earIn: '#a0705a', snout: '#b98471', tusk: '#f1ead6' };
export const yeti = { fur: '#eef3f8', furShade: '#c9d6e4', face: '#8fa7c4', horn: '#d9d2c0', eye: '#2b3a55', claw: '#5d6b7e' };
export const sheep = { wool: '#f4f1e8', woolShade: '#d9d3c3', face: '#4d4a4f', ear: '#5a5660', tail: '#ece7da' };
export const crab = { shell: '#d8553b', shellDark: '#a63a27', shellSpot: '#ef8a5c', leg: '#c44a32', claw: '#e0643f', eyeStalk: '#b8402c' };
export const moostafa = {
  body: '#7d2f3a', head: '#6d2631', earIn: '#b06a70', snout: '#b7727a', hornTip: '#fff3b5', dark: '#2a0f14', rivet: '#3d4148',
};
export const moofie = {
  body: '#45414b', back: '#141218', head: '#4d4954', ear: '#35323a', muzzle: '#6b6672', tail: '#b23a48',
  eye: '#ff4b4b', eyeGlint: '#ffd0c0', mane: '#2d2a31', scar: '#c0606a', brow: '#1c1a20',
};
export const chest = { wood: '#b8793f', woodDark: '#7c4c25', keyhole: '#5a3a14' };

// ---- players and their gear ----

export const skins = ['#bf8f54', '#cbb091', '#896c4b', '#fadadc', '#ececec', '#c37373', '#4c4c4c', '#ecaff7', '#738cc3', '#8bc373'];

/** Each weapon variant's metal (with its light and dark), wood (with its light) and grip. */
export const variant = {
  plain: { metal: steel.bright, metalLight: steel.white, metalDark: steel.dim, wood: '#9c6b3c', woodLight: '#bf8a55', grip: '#6a4a34' },
  gold: { metal: '#f0c33c', metalLight: gold.bright, metalDark: '#b98a1c', wood: '#d2a23c', woodLight: '#eec463', grip: '#9a6f1a' },
  diamond: { metal: '#8fdff2', metalLight: '#e2fbff', metalDark: '#4aaecb', wood: '#64b9d3', woodLight: '#9edcec', grip: '#2f7f9c' },
  ruby: { metal: '#e3475c', metalLight: '#ff9eab', metalDark: '#a3243a', wood: '#c23a4f', woodLight: '#e36a7c', grip: '#7e1a2b' },
  emerald: { metal: '#3fcf7a', metalLight: '#a8f5c4', metalDark: '#1f8a4c', wood: '#2fae64', woodLight: '#6fdc98', grip: '#176b3a' },
};

export const weapon = {
  katanaGrip: '#3b3540', batWrap: '#4b4f59', string: '#ece6d6', fletching: '#e6e1d5', shaft: '#c79a62', boltShaft: '#8a6a48',
  knot: '#3c230f',
};

export const shot = { feather: '#f1ede2', redFeather: '#d9534f', darkShaft: '#6e6a74' };

export const hat = {
  dunceStripe: '#e4607b', mooBrim: '#5a5a5e', mooEar: '#f0e6de', mooEarIn: '#eab0ad', mooNostril: '#b36c6a', apple: '#e34a43',
  pigNostril: '#a9504f', fleeceLine: '#968c78', sheepEar: '#4d4a4f', sheepFace: '#55525a', panda: '#f7f6f3', pandaDark: '#3c3b40',
  bear: '#93643f', bearEar: '#8a5d3b', bearEarIn: '#c89873', bearMuzzle: '#d2aa82', bearNose: '#3a2a22',
  monkey: '#86593a', monkeyEar: '#7d5236', monkeyEarIn: '#e2b98f', monkeyFace: '#e8c39a', monkeyNostril: '#6b4a32',
  polar: '#f3f5f6', polarEar: '#eef1f3', polarEarIn: '#d9dfe5',
  fez: '#a82a33', fezTop: '#d63b45', fezLine: '#500a14', tassel: '#2d2b2e', tasselEnd: '#e2b33c',
  enigmaBrim: '#3d2e55', enigmaCrown: '#4c3a6b', enigmaBand: '#7fe06a', enigmaMark: '#8ef06f',
  blitz: '#3d78d6', yellow: '#f5c33b',
  royalBrim: '#2a2830', royalCrown: '#35323c', royalBand: '#8c3fb0', royalGem: '#d3455a',
  pumpkin: '#ffb04a', pumpkinDark: '#dc6d1f', pumpkinRib: '#8c3c0a', pumpkinGlow: '#ffe36a', pumpkinCut: '#8a3d12', pumpkinStem: '#6b8a3a',
  bee: '#f8cf3c', beeBlack: '#3a3838', beeWing: '#dcf0ff',
  straw: '#e9cc7a', strawLine: '#966e28', strawBand: '#d2483f', strawCrown: '#f0d68a', beanie: '#d8434a',
  leather: '#a0683a', leatherRoll: '#c58a52', leatherInside: '#4a3426', leatherCrown: '#b27640', leatherCrease: '#462814',
  ranger: '#5f7d3e', rangerBand: '#6b4a2e', rangerCrown: '#6d8d48', rangerDent: '#1e2d14',
  pith: '#cdb585', pithInside: '#6b5a3e', pithCrown: '#dcc796', pithSeam: '#785f32', pithButton: '#b89d68',
  swimCap: '#3f9ad8', goggleFrame: '#2c3440', goggleGlass: '#9fe6ff', snorkel: '#f2b533', snorkelEnd: '#ff6b4a',
  marksman: '#5a6b48', marksmanBrim: '#3f4c33', target: '#d84a3c', scope: '#3a3d42', scopeGlass: '#9fd8ff',
  soldier: '#55663c', soldierDome: '#6b7d4a', soldierMesh: '#28321a', strap: '#3b2e22',
  maskStrap: '#3c4a3b', gasMask: '#5b6e56', gasLensFrame: '#2f3731', gasLens: '#b3e05a', filter: '#7b8a76', medicBrim: '#d9d7d2',
  lamp: '#fff0a0', minerStripe: '#d39b22', lampGlass: '#fff6b0',
  musketeer: '#2f4877', musketeerCrown: '#3a5690', plumeLine: '#d84d4d', hornTip: '#8a8378',
  emp: '#4b5f7a', empVisor: '#5ff2ff', empRing: '#96dcff', spark: '#ffe95a', empCore: '#2f3a4a',
  propRed: '#e6483f', propBlue: '#3d8bd9', propGreen: '#5fbf55', propeller: '#f1f1f1',
  fur: '#7d5a3b', furLine: '#3c2814', ironBand: '#767d86',
  plague: '#35313a', plagueLens: '#b8343b',
  bullMask: '#8c3b2e', bullBrow: '#3b1611', bullMuzzle: '#c87f6c', bullNostril: '#5a2a22',
  windmillCap: '#8fb6d9', windmillBrim: '#6f98bf', windmillSail: '#f4eede',
  samuraiGuard: '#7a2028', samurai: '#a52b35', samuraiLine: '#3c0a0f',
  knight: '#3e3f48', knightSlit: '#16161a', plume: '#7b3fb0', plumeLight: '#a977d6',
  hood: '#8a7453', patchGreen: '#6f8a5a', patchRed: '#a35a3d', hoodBand: '#3a332c', brassFrame: '#c59a3c', tealGlass: '#6dd0d8',
  tankTrack: '#3e4138', trackLine: '#6c7062', tank: '#6f7c48', tankGun: '#586337', tankDark: '#4a532e', tankDome: '#7f8d54',
  bandana: '#2b2a30', thiefMask: '#34333b', thiefBand: '#1d1c22',
  bloodWing: '#5e1a22', blood: '#7e1f2b', bloodBand: '#4a1018', bloodGem: '#ff3d4f', bloodShine: '#ffc0c5',
  assassin: '#3b3548', assassinTrim: '#8a5cc4', assassinFace: '#1b1822',
  scout: '#c98a3a', scoutBrim: '#9c6526', scoutBand: '#3f6b3a', scoutFeather: '#e8e1c9', scoutQuill: '#8b7a55',
  frost: '#9fc9e8', frostDark: '#5d8fb8', frostIce: '#e6f6ff', frostRim: '#cfe9fa',
  crabShell: '#d8553b', crabShellDark: '#a63a27', crabRidge: '#ef8a5c', crabSpike: '#f5c2a4',
};

export const accessory = {
  snowball: '#f7fbfd', winterCape: '#4a78b8', snowflake: '#eaf4ff', furCollar: '#f6f6f2',
  skullCape: '#33313a', dashCape: '#58b4e8', dragonCape: '#4f8f52', dragonScale: '#143c19', superCape: '#d9383f',
  trollCape: '#7a9b8a', trollTeeth: '#505050', thorn: '#c8b27e', vine: '#6f5a38', vineLight: '#8a7048', devil: '#c62f36',
  angelFeather: '#f2f4f7', angelCovert: '#fffdf2', angelLine: '#a0aabe',
  shadowFeather: '#2e2a3a', shadowArm: '#3d3650', shadowCovert: '#4e4466', shadowLine: '#a082dc',
  bloodWing: '#a3202d', bloodBone: '#5e0f18',
  glitchGreen: '#50ffc8', glitchPink: '#ff3cc8', shard: '#3b2d50', shardDark: '#2b2238', shardPurple: '#b36bff', shardGreen: '#8dff5a',
  shardCore: '#1e1828', shardViolet: '#c77dff',
};

// ---- the page around the canvas ----

export const ui = {
  textOutline: '#282828', good: '#8ecc51', bad: '#cc5151', dangerous: '#ffb3a7',
  resource: { wood: '#e0b27a', food: '#ff8a80', stone: '#e0e0e0', points: gold.trim },
  desert: '#dbc666', river: '#78aae6', me: '#f3e7c0', meOutline: '#333333',
};
