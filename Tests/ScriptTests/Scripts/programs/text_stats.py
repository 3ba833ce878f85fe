# Text statistics with dicts
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""
lines = TEXT.splitlines()
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            words.append(w)
print("lines:", len(lines), "words:", len(words), "chars:", len(TEXT), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for w, n in top:
    print("%-8s %3d %s" % (w, n, "#" * n))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
lengths = {}
for w in words:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n])[:6])
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
following = {}
for a, b in zip(words, words[1:]):
    following.setdefault(a, {})
    following[a][b] = following[a].get(b, 0) + 1
print(following["was"], following["we"])
caps = [raw.strip(".,") for raw in TEXT.split() if raw[0].isupper()]
print(caps)
print([len(l.split()) for l in lines], [l.count(",") for l in lines])
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(vowels, sum(letters.values()) - vowels, round(vowels / sum(letters.values()), 4))
hapax = sorted(w for w, n in freq.items() if n == 1)
print(len(hapax), hapax[:8])
