# Conway's game of life on a small torus + a sparse-set version
def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
def show(grid):
    for row in grid:
        print("".join("#" if v else "." for v in row))
    print("-" * len(grid[0]))
grid = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    show(grid)
    grid = step(grid)
print(sum(map(sum, grid)))
def step_sparse(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
blinker = {(0, 0), (0, 1), (0, 2)}
print(sorted(blinker), sorted(step_sparse(blinker)), step_sparse(step_sparse(blinker)) == blinker)
r_pent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
live = r_pent
pops = []
for i in range(60):
    live = step_sparse(live)
    pops.append(len(live))
print(pops)
rows = [r for r, _ in live]
cols = [c for _, c in live]
print(min(rows), max(rows), min(cols), max(cols))
