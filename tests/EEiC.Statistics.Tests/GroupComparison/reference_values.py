"""Independent reference numbers for the GroupComparison tests.

Written from the textbook formulas quoted in the tests, in Python with mpmath at 40 significant digits, never from the
library's output. Run: python3 reference_values.py (needs mpmath). The tests paste the printed values.
"""
from mpmath import mp, mpf, sqrt, log, exp, erfinv, erfc, betainc, gammainc, binomial

mp.dps = 40
Z95 = sqrt(2) * erfinv(mpf('0.95'))
Z90 = sqrt(2) * erfinv(mpf('0.90'))


def z(level):
    return sqrt(2) * erfinv(mpf(level))


def normal_p(stat):
    return erfc(abs(stat) / sqrt(2))


def chisq_upper(x, df):
    return gammainc(mpf(df) / 2, mpf(x) / 2, mp.inf, regularized=True)


def show(name, *values):
    print(name, ', '.join(mp.nstr(v, 17) for v in values))


def bisect(f, target, lo=mpf(0), hi=mpf(1)):
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# --- crude rates, Wald -------------------------------------------------------------------------------------
o1, t1, o0, t0 = mpf(45), mpf(12000), mpf(300), mpf(150000)
rr = (o1 / t1) / (o0 / t0)
se = sqrt(1 / o1 + 1 / o0)
show('rate wald rr,l95,u95', rr, rr * exp(-Z95 * se), rr * exp(Z95 * se))
show('rate wald p', normal_p(log(rr) / se))
rd = (o1 / t1 - o0 / t0) * 100000
sed = sqrt(o1 / t1**2 + o0 / t0**2) * 100000
show('rate rd,l95,u95', rd, rd - Z95 * sed, rd + Z95 * sed)

# --- crude rates, exact conditional (Clopper-Pearson by bisection on the regularised beta = binomial tails) ---
def exact_rate(o1, t1, o0, t0, level):
    n = o1 + o0
    a = (1 - mpf(level)) / 2
    # lower: P(X >= o1 | pi) = a  -> I_pi(o1, n - o1 + 1) = a, increasing in pi
    lo = bisect(lambda p: betainc(o1, n - o1 + 1, 0, p, regularized=True), a) if o1 > 0 else mpf(0)
    # upper: P(X <= o1 | pi) = a  -> 1 - I_pi(o1 + 1, n - o1) = a
    up = bisect(lambda p: betainc(o1 + 1, n - o1, 0, p, regularized=True), 1 - a)
    pi0 = t1 / (t1 + t0)
    lower_tail = sum(binomial(n, k) * pi0**k * (1 - pi0)**(n - k) for k in range(0, int(o1) + 1))
    upper_tail = sum(binomial(n, k) * pi0**k * (1 - pi0)**(n - k) for k in range(int(o1), int(n) + 1))
    p = min(1, 2 * min(lower_tail, upper_tail))
    return (o1 / t1) / (o0 / t0), lo / (1 - lo) * t0 / t1, up / (1 - up) * t0 / t1, p

show('rate exact 3/2000 vs 20/40000 rr,l95,u95,p', *exact_rate(mpf(3), mpf(2000), mpf(20), mpf(40000), '0.95'))
show('rate exact 0/1500 vs 12/30000 rr,l95,u95,p', *exact_rate(mpf(0), mpf(1500), mpf(12), mpf(30000), '0.95'))

# --- proportions: Katz, Woolf, Pearson chi-square ----------------------------------------------------------
def props(a, n1, b, n0, level='0.95'):
    a, n1, b, n0 = map(mpf, (a, n1, b, n0))
    c, d = n1 - a, n0 - b
    zz = z(level)
    rr = (a / n1) / (b / n0)
    se = sqrt(1 / a - 1 / n1 + 1 / b - 1 / n0)
    orr = a * d / (b * c)
    seo = sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    n = n1 + n0
    m1 = a + b
    m0 = n - m1
    chi = n * (a * d - b * c) ** 2 / (n1 * n0 * m1 * m0)
    return (rr, rr * exp(-zz * se), rr * exp(zz * se), orr, orr * exp(-zz * seo), orr * exp(zz * seo), chisq_upper(chi, 1))

show('props 56/70 vs 48/80 rr,l,u,or,l,u,p', *props(56, 70, 48, 80))
show('props 120/400 vs 300/2000 rr,l,u,or,l,u,p', *props(120, 400, 300, 2000))

# --- directly standardised rates ---------------------------------------------------------------------------
w = [mpf(30000), mpf(50000), mpf(20000)]
def dsr(x, n):
    tw = sum(w)
    value = sum(wi * xi / ni for wi, xi, ni in zip(w, x, n)) / tw * 100000
    var = sum(wi**2 * xi / ni**2 for wi, xi, ni in zip(w, x, n)) / tw**2 * 100000**2
    return value, var
d1, v1 = dsr([mpf(5), mpf(30), mpf(60)], [mpf(10000), mpf(12000), mpf(4000)])
d0, v0 = dsr([mpf(40), mpf(250), mpf(400)], [mpf(90000), mpf(110000), mpf(35000)])
ratio = d1 / d0
sel = sqrt(v1 / d1**2 + v0 / d0**2)
show('dsr d1,d0', d1, d0)
show('dsr ratio,l95,u95,p', ratio, ratio * exp(-Z95 * sel), ratio * exp(Z95 * sel), normal_p(log(ratio) / sel))
show('dsr diff,l95,u95', d1 - d0, d1 - d0 - Z95 * sqrt(v1 + v0), d1 - d0 + Z95 * sqrt(v1 + v0))

# --- multiplicity (R p.adjust semantics with n = m) ---------------------------------------------------------
p = [mpf('0.01'), mpf('0.04'), mpf('0.03'), mpf('0.2')]
m = 4
order = sorted(range(len(p)), key=lambda i: p[i])
holm = [None] * len(p); run = mpf(0)
for j, i in enumerate(order):
    run = max(run, (m - j) * p[i]); holm[i] = min(1, run)
bh = [None] * len(p); run = mpf('inf')
for j in reversed(range(len(order))):
    i = order[j]; run = min(run, mpf(m) / (j + 1) * p[i]); bh[i] = min(1, run)
show('holm', *holm)
show('bh', *bh)

# --- Mantel-Haenszel rate ratio: Doll and Hill British doctors, smokers vs non-smokers, coronary deaths ------
a = [32, 104, 206, 186, 102]; T1 = [52407, 43248, 28612, 12663, 5317]
b = [2, 12, 28, 28, 31]; T0 = [18790, 10673, 5710, 2585, 1462]
R = sum(mpf(a[i]) * T0[i] / (T1[i] + T0[i]) for i in range(5))
S = sum(mpf(b[i]) * T1[i] / (T1[i] + T0[i]) for i in range(5))
rr = R / S
V = sum(mpf(a[i] + b[i]) * T1[i] * T0[i] / (T1[i] + T0[i]) ** 2 for i in range(5))
se = sqrt(V / (R * S))
show('mh rate rr,l95,u95,l90,u90', rr, rr * exp(-Z95 * se), rr * exp(Z95 * se), rr * exp(-Z90 * se), rr * exp(Z90 * se))
E = sum(mpf(a[i] + b[i]) * T1[i] / (T1[i] + T0[i]) for i in range(5))
show('mh rate test p', chisq_upper((sum(a) - E) ** 2 / V, 1))
chi = 0
for i in range(5):
    m1 = mpf(a[i] + b[i]); pi = rr * T1[i] / (rr * T1[i] + T0[i])
    chi += (a[i] - m1 * pi) ** 2 / (m1 * pi * (1 - pi))
show('mh rate homogeneity chi,p', chi, chisq_upper(chi, 4))

# --- Mantel-Haenszel for proportions: Ille-et-Vilaine oesophageal cancer, alcohol >= 80 g/day, six age strata
A = [1, 4, 25, 42, 19, 5]; B = [0, 5, 21, 34, 36, 8]; C = [9, 26, 29, 27, 18, 0]; D = [106, 164, 138, 139, 88, 31]
# exposed = drinkers >= 80 g (cases A, controls C); reference = drinkers < 80 g (cases B, controls D).
Rs = Ss = PR = PSQR = QS = mpf(0)
rrn = rrd = rrv = mpf(0)
Es = Vs = mpf(0)
for i in range(6):
    a_, b_, c_, d_ = map(mpf, (A[i], B[i], C[i], D[i]))
    n1 = a_ + c_; n0 = b_ + d_; n = n1 + n0; m1 = a_ + b_; m0 = n - m1
    Ri = a_ * d_ / n; Si = b_ * c_ / n; P = (a_ + d_) / n; Q = (b_ + c_) / n
    Rs += Ri; Ss += Si; PR += P * Ri; PSQR += P * Si + Q * Ri; QS += Q * Si
    rrn += a_ * n0 / n; rrd += b_ * n1 / n; rrv += m1 * n1 * n0 / n**2 - a_ * b_ / n
    Es += n1 * m1 / n; Vs += n1 * n0 * m1 * m0 / (n**2 * (n - 1))
orr = Rs / Ss
seo = sqrt(PR / (2 * Rs**2) + PSQR / (2 * Rs * Ss) + QS / (2 * Ss**2))
show('mh or,l95,u95', orr, orr * exp(-Z95 * seo), orr * exp(Z95 * seo))
rrp = rrn / rrd; serr = sqrt(rrv / (rrn * rrd))
show('mh risk ratio,l95,u95', rrp, rrp * exp(-Z95 * serr), rrp * exp(Z95 * serr))
show('cmh p', chisq_upper((sum(A) - Es) ** 2 / Vs, 1))
# Breslow-Day with Tarone: solve for the fitted count by bisection (a different route from the quadratic formula)
bd = sa = sf = sv = mpf(0); k = 0
for i in range(6):
    a_, b_, c_, d_ = map(mpf, (A[i], B[i], C[i], D[i]))
    n1 = a_ + c_; n0 = b_ + d_; m1 = a_ + b_
    lo = max(0, m1 - n0); hi = min(n1, m1)
    if not hi > lo:
        continue
    f = lambda x: x * (n0 - m1 + x) / ((n1 - x) * (m1 - x))
    fit = bisect(f, orr, mpf(lo), mpf(hi))
    var = 1 / (1 / fit + 1 / (n1 - fit) + 1 / (m1 - fit) + 1 / (n0 - m1 + fit))
    bd += (a_ - fit) ** 2 / var; sa += a_; sf += fit; sv += var; k += 1
show('breslow-day chi, tarone chi, p(tarone)', bd, bd - (sa - sf) ** 2 / sv, chisq_upper(bd - (sa - sf) ** 2 / sv, k - 1))

# --- gap trend: weighted least squares via the normal equations (X'WX)^-1 X'Wy, uncentred -----------------
g = [mpf(x) for x in ('80', '76', '71', '69', '64')]
gs = [mpf(x) for x in ('3', '2.5', '2.8', '2.2', '2.6')]
r = [mpf(x) for x in ('50', '49', '50', '48', '47')]
rs = [mpf(x) for x in ('1', '1.1', '0.9', '1', '1.2')]
x = [mpf(t) for t in range(5)]
def wls(y, s):
    W = [1 / v**2 for v in s]
    s0 = sum(W); s1 = sum(wi * xi for wi, xi in zip(W, x)); s2 = sum(wi * xi * xi for wi, xi in zip(W, x))
    t0 = sum(wi * yi for wi, yi in zip(W, y)); t1 = sum(wi * xi * yi for wi, xi, yi in zip(W, x, y))
    det = s0 * s2 - s1 * s1
    inv = [[s2 / det, -s1 / det], [-s1 / det, s0 / det]]
    intercept = inv[0][0] * t0 + inv[0][1] * t1
    slope = inv[1][0] * t0 + inv[1][1] * t1
    return intercept, slope, inv
d = [gi - ri for gi, ri in zip(g, r)]
sd = [sqrt(a**2 + b**2) for a, b in zip(gs, rs)]
i0, b1, inv = wls(d, sd)
seb = sqrt(inv[1][1])
show('gap slope,l95,u95', b1, b1 - Z95 * seb, b1 + Z95 * seb)
change = d[4] - d[0]; sec = sqrt(sd[0]**2 + sd[4]**2)
show('gap change,l95,u95', change, change - Z95 * sec, change + Z95 * sec)
lr = [log(gi / ri) for gi, ri in zip(g, r)]
slr = [sqrt((a / gi)**2 + (b / ri)**2) for a, b, gi, ri in zip(gs, rs, g, r)]
j0, c1, invr = wls(lr, slr)
ser = sqrt(invr[1][1])
show('ratio trend,l95,u95', exp(c1), exp(c1 - Z95 * ser), exp(c1 + Z95 * ser))
T = mpf(8)
proj = i0 + b1 * T
seproj = sqrt(inv[0][0] + 2 * T * inv[0][1] + T * T * inv[1][1])
show('projected gap at 8,l95,u95', proj, proj - Z95 * seproj, proj + Z95 * seproj)
show('baseline, target(halve), achieved, required', d[0], d[0] / 2, (d[0] - d[4]) / d[0], mpf('0.5') * 4 / 8)
