// Measures what a consumer bundles: the built `@avatar-picker/hooks`, not its sources, which
// tsconfig paths would otherwise substitute. Peers a React app already has are left out; Radix
// is left out of the dialog's figure only, so the inline picker's proves it never loads it.
// The goal is 12 KB for both. The composable parts (store, ready-prop tiles, Trigger, Looks,
// Filters.Item, asChild: about 1.4 KB) and the layout that works without styles.css, the
// Favorites rule for starred looks and `useFavorite`'s cached state (about 1 KB), and curation
// and gating (0.25 KB) took them over it (14.2 KB). Returning users took them to 19.2 KB; in
// minified bytes before gzip: recently used looks 3.5 K, the saved value lookup 3.0 K, sort and
// search in looks 1.9 K, ActivePreview 1.6 K, offline favorites 0.8 K, plus the edits in the parts
// they touch. The shipping theme's tiles (decorative images, the drawn star) added 0.16 KB.
// These limits are the measured sizes, so any growth fails.
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
// Production, as a consumer's build ships it: development warnings are stripped.
const esbuild = (config) => ({
  ...config,
  tsconfigRaw: {},
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});

module.exports = [
  {
    name: 'AvatarPicker (inline)',
    path: 'dist/index.js',
    import: '{ AvatarPicker }',
    ignore: peers,
    limit: '19.4 KB',
    gzip: true,
    modifyEsbuildConfig: esbuild,
  },
  {
    name: 'AvatarPicker + AvatarPickerDialog',
    path: ['dist/index.js', 'dist/dialog.js'],
    import: { 'dist/index.js': '{ AvatarPicker }', 'dist/dialog.js': '{ AvatarPickerDialog }' },
    ignore: [...peers, '@radix-ui/react-dialog'],
    limit: '20.1 KB',
    gzip: true,
    modifyEsbuildConfig: esbuild,
  },
];
