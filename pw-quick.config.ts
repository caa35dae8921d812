import base from "./playwright.config";
export default {...base, projects: base.projects!.map(p => p.name==="admin" ? {...p, dependencies:["setup"]} : p)};
