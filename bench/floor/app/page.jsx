const PARAGRAPHS = Array.from(
  { length: 30 },
  (_, i) => `第 ${i + 1} 段：这是一段用来测量框架开销的短文字，内容本身没有意义，只占据页面上的位置。`,
);

export default function FloorPage() {
  return (
    <>
      <h1>基线页面</h1>
      {PARAGRAPHS.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );
}
