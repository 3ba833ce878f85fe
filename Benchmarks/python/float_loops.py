# Nested numeric loops with float math (mandelbrot-style escape counts).
def mandel(width, height, max_iter):
    total = 0
    checksum = 0.0
    for py in range(height):
        y0 = (py / height) * 2.4 - 1.2
        for px in range(width):
            x0 = (px / width) * 3.2 - 2.2
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
            checksum += x * 0.5 - y * 0.25
    return total, checksum

total, checksum = mandel(800, 560, 80)
print("iterations:", total, "checksum: %.6f" % checksum)
