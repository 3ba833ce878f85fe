# Bank account classes with inheritance, exceptions and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %.2f (balance %.2f)" % (account.number, amount, account.balance))
        self.amount = amount
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return self
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(#%d, %s, %.2f)" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.log.append(("interest", interest))
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return self
    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.log.append(("fee", 5))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
a = bank.open(Savings, "ann", 1000.0, rate=0.05)
b = bank.open(Checking, "bob", 50.0)
c = bank.open(Account, "cy")
print(a, b, c)
a.deposit(250).withdraw(100)
b.withdraw(120)
bank.transfer(a.number, c.number, 300)
for bad in [lambda: c.withdraw(1000), lambda: b.withdraw(100), lambda: a.deposit(-5), lambda: bank.transfer(1, 2, 3)]:
    try:
        bad()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
for acct in sorted(bank.accounts.values(), key=lambda x: x.balance):
    print(acct, acct.log)
print(bank.total(), isinstance(a, Account), [type(x).__name__ for x in bank.accounts.values()])
