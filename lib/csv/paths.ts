/** The CSV downloads' file names; each is served at `csvPath(file)`. */
export const CSV_FILES = { models: "models.csv", fundingRounds: "funding-rounds.csv" } as const;

export const csvPath = (file: string) => `/downloads/${file}`;
