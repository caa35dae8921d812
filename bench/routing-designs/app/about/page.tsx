import { ItemList, listItems } from "../items";

export default async function AboutPage() {
  return <ItemList items={await listItems("ABOUT")} />;
}
