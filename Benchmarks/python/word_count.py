# Dict-heavy word counting over deterministically generated text.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "ba", "do"]

def generate_words(n, seed):
    words = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        w = ""
        s = state
        for _ in range(length):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        words.append(w)
    return words

words = generate_words(900000, 42)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
by_len = {}
for w, c in counts.items():
    by_len.setdefault(len(w), []).append(c)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct:", len(counts), "pairs:", len(pairs), "top:", top)
print("by length:", sorted((k, sum(v)) for k, v in by_len.items()))
