# A binary-heap priority queue class and uses: task scheduling, Dijkstra, heap sort, k smallest
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def __bool__(self):
        return bool(self.heap)
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        h = self.heap
        h.append(entry)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def pop(self):
        h = self.heap
        if not h:
            raise IndexError("pop from empty priority queue")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            n = len(h)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and h[l] < h[smallest]:
                    smallest = l
                if r < n and h[r] < h[smallest]:
                    smallest = r
                if smallest == i:
                    break
                h[i], h[smallest] = h[smallest], h[i]
                i = smallest
        return top[0], top[2]
    def peek(self):
        return self.heap[0][0], self.heap[0][2]
pq = PriorityQueue()
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    pq.push(prio, task)
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
def heap_sort(xs):
    q = PriorityQueue()
    for x in xs:
        q.push(x, x)
    return [q.pop()[1] for _ in range(len(xs))]
data = [(i * 7919) % 101 for i in range(40)]
print(heap_sort(data) == sorted(data), heap_sort(data)[:10])
def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    q = PriorityQueue()
    q.push(0, start)
    done = set()
    while q:
        d, node = q.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                q.push(nd, nxt)
    return dist, prev
graph = {"A": [("B", 4), ("C", 2)], "B": [("C", 5), ("D", 10)], "C": [("E", 3)], "E": [("D", 4)], "D": [("F", 11)]}
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(["A"] + path[::-1])
def k_smallest(xs, k):
    q = PriorityQueue()
    for x in xs:
        q.push(-x, x)
        if len(q) > k:
            q.pop()
    return sorted(item for _, item in [q.pop() for _ in range(len(q))])
print(k_smallest(data, 5), sorted(data)[:5])
sched = PriorityQueue()
time_now = 0
for name, dur in [("a", 3), ("b", 1), ("c", 2)]:
    sched.push(time_now + dur, name)
events = []
while sched:
    t, name = sched.pop()
    events.append((t, name))
    if name == "b" and t < 5:
        sched.push(t + 4, "b-again")
print(events)
