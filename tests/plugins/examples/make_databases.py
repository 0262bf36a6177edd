"""Makes the SQLite databases the sqlite example plugin's notebook reads, in the folder given: shop.db (customers
with every kind of column and nulls, orders, a view, readings: a text in an INTEGER column) and shards/a.db, shards/b.db (one table split in two)."""
import os
import sqlite3
import sys

folder = sys.argv[1]
os.makedirs(os.path.join(folder, "shards"), exist_ok=True)
db = sqlite3.connect(os.path.join(folder, "shop.db"))
db.executescript('''
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, vip BOOLEAN, score REAL, joined DATE, photo BLOB);
INSERT INTO customers VALUES (1, 'Ana', 1, 4.5, '2024-01-03', x'89504e47');
INSERT INTO customers VALUES (2, 'Bo', 0, NULL, '2024-02-11', NULL);
INSERT INTO customers VALUES (3, NULL, NULL, 3, NULL, x'');
INSERT INTO customers VALUES (4, 'Zoë', 1, -0.25, '2024-03-30', x'00ff');
CREATE TABLE orders (id INTEGER, customer INTEGER, country TEXT, amount NUMERIC);
INSERT INTO orders VALUES (10, 1, 'France', 12.5), (11, 1, 'France', 30), (12, 2, 'Spain', 7.25),
                          (13, 4, 'Portugal', 100), (14, 2, 'Spain', NULL), (15, 3, 'France', 2);
CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount >= 30;
CREATE TABLE readings (sensor TEXT, value INTEGER);
INSERT INTO readings VALUES ('a', 1), ('b', 'n/a'), ('c', 3);
CREATE TABLE "odd ""name""" (v TEXT);
INSERT INTO "odd ""name""" VALUES ('quoted');
''')
db.commit()
db.close()
for name, rows in (("a", [(1, "start"), (2, "click")]), ("b", [(3, "click"), (4, "stop")])):
    shard = sqlite3.connect(os.path.join(folder, "shards", name + ".db"))
    shard.execute("CREATE TABLE events (id INTEGER, kind TEXT)")
    shard.executemany("INSERT INTO events VALUES (?, ?)", rows)
    shard.commit()
    shard.close()
