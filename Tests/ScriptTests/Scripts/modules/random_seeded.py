# random with a fixed seed: sequences must match CPython's Mersenne Twister exactly
import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([round(random.uniform(-1, 1), 12) for _ in range(4)])
print(random.uniform(10, 20))
items = ["apple", "banana", "cherry", "date", "elder"]
print([random.choice(items) for _ in range(8)])
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.seed(0)
print(random.random(), random.randint(0, 100), random.choice("abcdef"))
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(99)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(0, 5)] += 1
print(counts, sum(counts))
random.seed(3)
walk = 0
path = []
for _ in range(15):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
random.seed(1)
pts = [(random.random(), random.random()) for _ in range(2000)]
inside = sum(1 for x, y in pts if x * x + y * y <= 1)
print(inside, 4 * inside / 2000)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
