// PostCSS for the web app: Mantine's preset (rem(), light-dark(), breakpoint mixins).
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
