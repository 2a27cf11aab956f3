// Measures what a consumer bundles: the built `@avatar-picker/hooks`, not its sources, which
// tsconfig paths would otherwise substitute. Peers a React app already has are left out.
// The goal is 12 KB. The composable parts (store, ready-prop tiles, Trigger, Looks,
// Filters.Item, asChild: about 1.4 KB) and the layout that works without styles.css, the
// Favorites rule for starred looks and `useFavorite`'s cached state (about 1 KB), and curation
// and gating (0.25 KB) took the picker over it (14.2 KB). Returning users took it to 19.2 KB; in
// minified bytes before gzip: recently used looks 3.5 K, the saved value lookup 3.0 K, sort and
// search in looks 1.9 K, ActivePreview 1.6 K, offline favorites 0.8 K, plus the edits in the parts
// they touch. The shipping theme's tiles (decorative images, the drawn star) added 0.16 KB, and
// saying why an empty required form was refused (notice, announcement, aria-invalid) 0.1 KB, and
// opening a character without re-indexing every cell (a 10,000-cell map per open) 0.12 KB. A
// review's fixes added 0.45 KB: curation in recents and saved values, the Recent filter's lookup
// error and the trigger of a saved id not named yet 0.24 KB, a removed tile releasing its
// highlight 0.07 KB, search folding that keeps the marks of other scripts 0.06 KB; Root naming the
// props it hands the store once, not four times, took 0.04 KB back; revealing a value the host
// sets later 0.01 KB; one rule for offering a look met outside its row took 0.02 KB back.
// Reading the cached avatars without re-indexing every list after each change (a hover's looks
// list, a favorite write; 194 ms and 130 ms a read at 100,000 characters before) added 0.2 KB
// of hooks code. Hover intent on a tile's first pointermove instead of on the enters a grid
// scrolled by keys sends under a resting pointer, and the active avatar following whichever of
// pointer and focus came last, added 0.08 KB. These limits are the measured sizes, so any growth
// fails.
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
// Production, as a consumer's build ships it: development warnings are stripped.
const esbuild = (config) => ({
  ...config,
  tsconfigRaw: {},
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});
// Every peer is left out by size-limit, so a figure that must count one bundles it back in.
// `@avatar-picker/hooks` is a peer (the app renders its provider, so both must be one copy), but
// the app pays for the parts of it the picker uses: the budget's figures count them. Radix is
// counted in the inline figures, so importing it there would fail them.
const counting = (names) => (config) => ({
  ...esbuild(config),
  external: config.external.filter((name) => !names.some((counted) => name.startsWith(counted))),
});
const HOOKS = '@avatar-picker/hooks';
const RADIX = '@radix-ui/react-dialog';

module.exports = [
  {
    name: 'AvatarPicker (inline), with the hooks it uses',
    path: 'dist/index.js',
    import: '{ AvatarPicker }',
    ignore: peers,
    limit: '20.32 KB',
    gzip: true,
    modifyEsbuildConfig: counting([HOOKS, RADIX]),
  },
  {
    name: 'AvatarPicker + AvatarPickerDialog, with the hooks they use',
    path: ['dist/index.js', 'dist/dialog.js'],
    import: { 'dist/index.js': '{ AvatarPicker }', 'dist/dialog.js': '{ AvatarPickerDialog }' },
    ignore: [...peers, RADIX],
    limit: '21.04 KB',
    gzip: true,
    modifyEsbuildConfig: counting([HOOKS]),
  },
  {
    name: 'AvatarPicker (inline), ui alone',
    path: 'dist/index.js',
    import: '{ AvatarPicker }',
    ignore: peers,
    limit: '16.8 KB',
    gzip: true,
    modifyEsbuildConfig: counting([RADIX]),
  },
];
