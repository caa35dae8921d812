// Its own config, empty: without one, Next.js would look upward and load the site's next.config.ts.
const floorConfig = {};

export default floorConfig;
