// Measures what a consumer bundles: the built `@avatar-picker/hooks`, not its sources, which
// tsconfig paths would otherwise substitute.
module.exports = [
  {
    name: 'AvatarPicker + AvatarPickerDialog',
    path: 'dist/index.js',
    import: '{ AvatarPicker, AvatarPickerDialog }',
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@tanstack/react-query',
      '@radix-ui/react-dialog',
    ],
    limit: '12 KB',
    gzip: true,
    modifyEsbuildConfig: (config) => ({ ...config, tsconfigRaw: {} }),
  },
];
