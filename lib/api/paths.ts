/** Where the open data lives; the one place that names these URLs. */
export const API_BASE_PATH = "/api/v1";
export const OPENAPI_PATH = `${API_BASE_PATH}/openapi.json`;
export const apiResourcePath = (resource: string) => `${API_BASE_PATH}/${resource}`;
