#!/usr/bin/env python3
"""Builds anki-schema11-deck.apkg and anki-newer-format.apkg, the test decks in Anki's own layout.

No copy of Anki could be run where these tests were written, so this deck was NOT made by Anki.
It is built with Python's sqlite3 from the schema Anki itself publishes, rslib/src/storage/schema11.sql
in https://github.com/ankitects/anki, with the col JSON fields that Anki's schema-11 readers require
(rslib/src/notetype/schema11.rs, rslib/src/decks/schema11.rs, rslib/src/deckconfig/schema11.rs) and
Anki's stock note types as rslib/src/notetype/stock.rs defines them. The collection is stored as
collection.anki21, as Anki 2.1 writes it in a legacy package.

anki-newer-format.apkg only stands in for the package layout of Anki 2.1.50 and later: a
collection.anki21b entry (here a few bytes, not real Zstandard data) next to a collection.anki2.

Run: python3 make-anki-schema11-deck.py   (writes both files next to this script)
"""
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = """
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
"""
MOD = 1700000000
BACK = "{{FrontSide}}\n\n<hr id=answer>\n\n"


def field(name, ord_):
    return {"name": name, "ord": ord_, "sticky": False, "rtl": False, "font": "Arial", "size": 20,
            "description": "", "plainText": False, "collapsed": False, "excludeFromSearch": False}


def template(name, ord_, q, a):
    return {"name": name, "ord": ord_, "qfmt": q, "afmt": a, "bqfmt": "", "bafmt": "", "did": None,
            "bfont": "", "bsize": 0}


def notetype(id_, name, kind, fields, templates):
    return {"id": id_, "name": name, "type": kind, "mod": MOD, "usn": -1, "sortf": 0, "did": None,
            "tmpls": [template(n, i, q, a) for i, (n, q, a) in enumerate(templates)],
            "flds": [field(f, i) for i, f in enumerate(fields)],
            "css": ".card {\n    font-family: arial;\n    font-size: 20px;\n    text-align: center;\n}\n",
            "latexPre": "\\documentclass[12pt]{article}\n\\begin{document}\n", "latexPost": "\\end{document}",
            "latexsvg": False, "req": [[0, "any", [0]]]}


TYPES = {
    1700000000001: notetype(1700000000001, "Basic", 0, ["Front", "Back"], [("Card 1", "{{Front}}", BACK + "{{Back}}")]),
    1700000000002: notetype(1700000000002, "Basic (and reversed card)", 0, ["Front", "Back"],
                            [("Card 1", "{{Front}}", BACK + "{{Back}}"), ("Card 2", "{{Back}}", BACK + "{{Front}}")]),
    1700000000003: notetype(1700000000003, "Basic (optional reversed card)", 0, ["Front", "Back", "Add Reverse"],
                            [("Card 1", "{{Front}}", BACK + "{{Back}}"),
                             ("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", BACK + "{{Front}}")]),
    1700000000004: notetype(1700000000004, "Basic (type in the answer)", 0, ["Front", "Back"],
                            [("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")]),
    1700000000005: notetype(1700000000005, "Cloze", 1, ["Text", "Back Extra"],
                            [("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")]),
    1700000000006: notetype(1700000000006, "Vocabulary (3 fields)", 0, ["Word", "Meaning", "Example"],
                            [("Recognition", "{{Word}}", BACK + "{{Meaning}}<br>{{Example}}")]),
}


def deck(id_, name):
    return {"id": id_, "mod": MOD, "name": name, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
            "newToday": [0, 0], "timeToday": [0, 0], "collapsed": False, "browserCollapsed": False, "desc": "",
            "dyn": 0, "conf": 1, "extendNew": 0, "extendRev": 0}


DECKS = {1: deck(1, "Default"), 1700000100001: deck(1700000100001, "World History"),
         1700000100002: deck(1700000100002, "World History::Ancient"),
         1700000100003: deck(1700000100003, "World History::Modern")}
DCONF = {"1": {"id": 1, "mod": MOD, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": True, "timer": 0,
               "replayq": True, "dyn": False,
               "new": {"bury": False, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1,
                       "perDay": 20},
               "rev": {"bury": False, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2},
               "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0}}}

# (guid, note type id, deck id, tags, fields, number of cards)
NOTES = [
    ("e&W5k3Rd!Q", 1700000000001, 1700000100002, ["rome", "ancient"],
     ["When was Rome founded, <i>by tradition</i>?", "753&nbsp;BCE"], 1),
    ("p%8sL2:mZa", 1700000000002, 1700000100002, ["egypt"], ["Capital of the Old Kingdom of Egypt", "Memphis"], 2),
    ("Zy4b]QW7^x", 1700000000003, 1700000100003, [], ["First man on the Moon", "Neil Armstrong", "y"], 2),
    ("Kk0o;Tt+Hh", 1700000000003, 1700000100003, [], ["The Berlin Wall fell in", "1989", ""], 1),
    ("A1b2C3d4E5", 1700000000004, 1700000100003, ["dates"], ["Year the Second World War ended?", "1945"], 1),
    ("q@W#e$R%t^", 1700000000005, 1700000100003, ["cloze"],
     ["{{c1::Magellan}}'s expedition first sailed round the world, returning in {{c2::1522}}.",
      "Magellan himself died in the Philippines in 1521."], 2),
    ("r*T(y)U_i+", 1700000000005, 1700000100002, [],
     ["The Code of {{c1::Hammurabi::a Babylonian king}} is one of the oldest written laws. [sound:hammurabi.mp3]", ""], 1),
    ("o[P]a{S}d|", 1700000000006, 1700000100001, ["latin"],
     ["<b>senatus</b>", "senate", "Senatus populusque Romanus<br><img src=\"spqr.jpg\">"], 1),
    ("f~G`h<J>k?", 1700000000001, 1700000100001, [], ["", "A note with an empty front"], 1),
]


def stripped(html):
    html = re.sub(r"<img[^>]*src=\"([^\"]+)\"[^>]*>", r" \1 ", html)
    html = re.sub(r"(?s)<!--.*?-->|<[^>]*>", "", html)
    return html.replace("&nbsp;", "\u00a0").replace("&amp;", "&").replace("\u00a0", " ")


def build(path, entry):
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "collection")
        db = sqlite3.connect(db_path)
        db.executescript(SCHEMA)
        conf = {"activeDecks": [1], "curDeck": 1, "nextPos": len(NOTES) + 1, "sortType": "noteFld",
                "sortBackwards": False, "addToCur": True, "curModel": None}
        db.execute("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                   (MOD - MOD % 86400, MOD * 1000, MOD * 1000, json.dumps(conf),
                    json.dumps({str(k): v for k, v in TYPES.items()}),
                    json.dumps({str(k): v for k, v in DECKS.items()}), json.dumps(DCONF)))
        card_id = 1700000200000
        for i, (guid, mid, did, tags, fields, cards) in enumerate(NOTES):
            nid = 1700000300000 + i
            sort = stripped(fields[0])
            csum = int(hashlib.sha1(sort.encode("utf-8")).hexdigest()[:8], 16)
            db.execute("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
                       (nid, guid, mid, MOD, " " + " ".join(tags) + " " if tags else "", "\x1f".join(fields),
                        sort, csum))
            for ord_ in range(cards):
                card_id += 1
                db.execute("insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                           (card_id, nid, did, ord_, MOD, i + 1))
        db.commit()
        db.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(db_path, entry)
            z.writestr("media", json.dumps({"0": "hammurabi.mp3", "1": "spqr.jpg"}))
            z.writestr("0", b"ID3")
            z.writestr("1", b"\xff\xd8\xff")


build(os.path.join(HERE, "anki-schema11-deck.apkg"), "collection.anki21")
with zipfile.ZipFile(os.path.join(HERE, "anki-newer-format.apkg"), "w") as z:
    z.writestr("collection.anki2", b"SQLite format 3\x00 stand-in")
    z.writestr("collection.anki21b", b"\x28\xb5\x2f\xfd stand-in, not Zstandard data")
    z.writestr("media", b"")
