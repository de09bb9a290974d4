import { Model, ClozeModel, Deck, Package, APKG_SCHEMA } from "./genanki.mjs";
import initSqlJs from "sql.js";
import JSZip from "jszip";
import fs from "fs";

const SQL = await initSqlJs();
const basic = new Model({ name: "Basic", id: "1609234567890",
  flds: [{ name: "Front" }, { name: "Back" }],
  req: [[0, "all", [0]]],
  tmpls: [{ name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" }] });
const reversed = new Model({ name: "Basic (and reversed card)", id: "1609234567891",
  flds: [{ name: "Front" }, { name: "Back" }],
  req: [[0, "all", [0]], [1, "all", [1]]],
  tmpls: [{ name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" },
          { name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}<hr id=answer>{{Front}}" }] });
const cloze = new ClozeModel({ name: "Cloze", id: "1609234567892",
  flds: [{ name: "Text" }, { name: "Extra" }] });
const vocab = new Model({ name: "Vocabulary", id: "1609234567893",
  flds: [{ name: "Word" }, { name: "Meaning" }, { name: "Example" }],
  req: [[0, "all", [0]]],
  tmpls: [{ name: "Recognise", qfmt: "{{Word}}", afmt: "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}" }] });
const deck = new Deck(1609234500001, "Capitals of Europe");
deck.addNote(basic.note(["What is the capital of <b>France</b>?", "Paris"], ["geography", "europe"]));
deck.addNote(basic.note(["Capital of Italy &amp; its river?", "Rome &mdash; on the Tiber"], ["geography"]));
deck.addNote(reversed.note(["Spain", "Madrid"], ["geography", "reversed"]));
deck.addNote(cloze.note(["{{c1::Berlin}} is the capital of {{c2::Germany}}.", "Since 1990 for a united Germany."], ["cloze"]));
deck.addNote(cloze.note(["The capital of Portugal is {{c1::Lisbon::city}}.", ""], []));
deck.addNote(vocab.note(["Hauptstadt", "capital city", "Berlin ist die Hauptstadt."], ["german"]));
deck.addNote(basic.note(["<img src=\"map.png\">", "A map"], []));
const sub = new Deck(1609234500002, "Capitals of Europe::Nordic");
sub.addNote(basic.note(["Capital of Norway?", "Oslo"], ["nordic"]));
const p = new Package();
p.setSqlJs(SQL);
p.addDeck(deck);
p.addDeck(sub);
const db = new SQL.Database();
db.run(APKG_SCHEMA);
p.write(db);
const zip = new JSZip();
zip.file("collection.anki2", Buffer.from(db.export()));
zip.file("0", Buffer.from([137,80,78,71]));
zip.file("media", JSON.stringify({ "0": "map.png" }));
fs.writeFileSync(process.argv[2], await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
