package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.AuditRecorder;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.module.ModuleSettings;
import io.heatcloud.api.receivables.OpenItem;
import io.heatcloud.api.receivables.ReceivableItem;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.api.receivables.Settlement;
import io.heatcloud.plugins.payments.PaymentsModule;
import io.heatcloud.plugins.payments.domain.Channel;
import io.heatcloud.plugins.payments.domain.Payment;
import io.heatcloud.plugins.payments.domain.PaymentKind;
import io.heatcloud.plugins.payments.domain.PrepaidBalance;
import io.heatcloud.api.concurrent.GroupCommit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one payment entry: every channel posts through {@link #post}, every refund and reversal
 * through {@link #refund}. A posting is one transaction: the entry, its settlements in billing's
 * ledger, its allocations, the prepaid balance and its idempotency key commit together or not at all.
 */
public class PaymentService {

  /** Business days are Beijing days. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final int ATTEMPTS = 3;

  private final ModuleContext context;

  /**
   * Binds the service to a company.
   *
   * @param context the payments module's context
   */
  public PaymentService(ModuleContext context) {
    this.context = context;
  }

  /**
   * The outcome of a posting.
   *
   * @param payment the entry
   * @param replayed true when the key had been used with the same request: the first result again
   */
  public record Posted(PaymentView payment, boolean replayed) {}

  /**
   * Posts a staff-channel payment (counter or bank) under a client-supplied idempotency key.
   *
   * @param idempotencyKey the key
   * @param request the payment
   * @return the entry
   */
  public Posted post(String idempotencyKey, PaymentRequest request) {
    context.requirePermission(PaymentsModule.COLLECT);
    Channel channel = channel(request);
    if (channel == Channel.ONLINE) {
      throw new UnprocessableException("线上支付只能由支付渠道通知入账 / online payments are posted by the gateway's "
          + "notifications, not by staff");
    }
    return postAs("API", idempotencyKey, request, user(), today());
  }

  /**
   * Posts a payment reported by a channel (a gateway notification, a bank file line); the key is
   * the channel's transaction id, so a repeated notification posts nothing new.
   *
   * @param scope GW:gateway or BANK:bank
   * @param request the payment, with the channel's transaction id as channelRef
   * @param postedBy who posts (the channel)
   * @param businessDate the channel's day of the payment (its statement's day), not after today
   * @return the entry
   */
  public Posted postFromChannel(String scope, PaymentRequest request, String postedBy, LocalDate businessDate) {
    return postAs(scope, request.channelRef(), request, postedBy, businessDate);
  }

  private Posted postAs(String scope, String key, PaymentRequest request, String postedBy, LocalDate businessDate) {
    // audited in the posting's transaction (postTogether)
    return batches().submit(posting(scope, key, request, postedBy, businessDate), this::writeBatch);
  }

  /**
   * A payment to post, checked and in canonical form.
   *
   * @param scope the key's scope
   * @param key the idempotency key
   * @param request the payment
   * @param postedBy who posts
   * @param businessDate the payment's day
   * @return the posting
   */
  Posting posting(String scope, String key, PaymentRequest request, String postedBy, LocalDate businessDate) {
    Channel channel = channel(request);
    BigDecimal amount = amount(request.amount());
    String accountNo = accountNo(request.accountNo());
    if (businessDate == null || businessDate.isAfter(today())) {
      throw new InvalidRequestException("交易日期不能晚于今天 / the payment's day must not be after today");
    }
    String payload = String.join("|", "PAY", accountNo, amount.toPlainString(), channel.name(),
        request.method(), nz(request.channelRef()), "API".equals(scope) ? "" : businessDate.toString());
    return new Posting(IdempotencyKeys.Claim.of(scope, key, payload), accountNo, amount, channel, request.method(),
        blankToNull(request.channelRef()), trim(request.note(), 200), postedBy, businessDate, context.audit().actor());
  }

  /**
   * Posts payments of one caller together (a bank file's lines): they share transactions with each
   * other and with other callers' payments.
   *
   * @param postings the payments
   * @return per payment, in order, its entry or why it was refused
   */
  List<GroupCommit.Outcome<Posted>> postAll(List<Posting> postings) {
    return batches().submitAll(postings, this::writeBatch);
  }

  /**
   * A payment waiting to be posted.
   *
   * @param claim its idempotency key and the hash of its request
   * @param accountNo the account
   * @param amount yuan, positive, 2 decimals
   * @param channel the channel
   * @param method the method
   * @param channelRef the channel's transaction id, or null
   * @param note a note, or null
   * @param postedBy who posts
   * @param businessDate the payment's day
   * @param actor who asked for it, from where (for the audit entry)
   */
  record Posting(IdempotencyKeys.Claim claim, String accountNo, BigDecimal amount, Channel channel, String method,
      String channelRef, String note, String postedBy, LocalDate businessDate, AuditRecorder.Actor actor) {}

  /** The most payments posted in one transaction. */
  static final int MAX_BATCH = 100;

  /** Payments waiting to be posted, per company: concurrent postings share a transaction. */
  private static final ConcurrentHashMap<String, GroupCommit<Posting, Posted>> BATCHES = new ConcurrentHashMap<>();

  private GroupCommit<Posting, Posted> batches() {
    return BATCHES.computeIfAbsent(context.tenant().code(), code -> new GroupCommit<>(MAX_BATCH));
  }

  /**
   * Writes a batch of payments in one transaction. A key given again in the same batch (two lines
   * of a bank file, a client's retry racing its first request) waits for the next transaction, which
   * answers it as a replay of the first, or refuses it when its request differs. When the
   * transaction fails (a key or a channel's transaction committed meanwhile by another server, a
   * check), each payment is posted again on its own, so that only the one at fault fails.
   */
  private void writeBatch(List<GroupCommit.Entry<Posting, Posted>> batch) {
    Set<String> keys = new HashSet<>();
    List<GroupCommit.Entry<Posting, Posted>> now = new ArrayList<>(batch.size());
    List<GroupCommit.Entry<Posting, Posted>> later = new ArrayList<>();
    for (GroupCommit.Entry<Posting, Posted> entry : batch) {
      IdempotencyKeys.Claim claim = entry.item().claim();
      (keys.add(claim.scope() + '\u0000' + claim.key()) ? now : later).add(entry);
    }
    write(now);
    if (!later.isEmpty()) {
      writeBatch(later);
    }
  }

  private void write(List<GroupCommit.Entry<Posting, Posted>> batch) {
    List<Posting> postings = batch.stream().map(GroupCommit.Entry::item).toList();
    List<Object> outcomes;
    try {
      outcomes = retrying(() -> postTogether(postings));
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).fail(e);
        return;
      }
      for (GroupCommit.Entry<Posting, Posted> entry : batch) {
        try {
          answer(entry, retrying(() -> postTogether(List.of(entry.item()))).get(0));
        } catch (RuntimeException single) {
          entry.fail(single);
        }
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      answer(batch.get(i), outcomes.get(i));
    }
  }

  private static void answer(GroupCommit.Entry<Posting, Posted> entry, Object outcome) {
    if (outcome instanceof Posted posted) {
      entry.complete(posted);
    } else {
      entry.fail((RuntimeException) outcome);
    }
  }

  /**
   * Posts payments in one transaction: their accounts looked up together; their keys claimed, and
   * their accounts locked in order and numbered, in one round trip; what they owe read and settled
   * together (a second payment of an account is allocated after the first); their entries written
   * together; their audit entries appended, to commit with them.
   *
   * @return per payment, its {@link Posted} or the exception refusing it (it wrote nothing)
   */
  private List<Object> postTogether(List<Posting> postings) {
    return context.inTransaction(em -> {
      Object[] outcome = new Object[postings.size()];
      Map<String, AccountSummary> accounts = context.service(AccountDirectory.class)
          .byNumbers(postings.stream().map(Posting::accountNo).distinct().toList());
      List<Integer> known = new ArrayList<>();
      for (int i = 0; i < postings.size(); i++) {
        if (accounts.containsKey(postings.get(i).accountNo())) {
          known.add(i);
        } else {
          outcome[i] = new NotFoundException("户号不存在 / no such account: " + postings.get(i).accountNo());
        }
      }
      if (known.isEmpty()) {
        return Arrays.asList(outcome);
      }
      LedgerWriter.Claimed claimed = LedgerWriter.claimAndNumber(context, em,
          known.stream().map(i -> postings.get(i).claim()).toList(),
          known.stream().map(i -> accounts.get(postings.get(i).accountNo()).id()).toList());
      List<Integer> going = new ArrayList<>();
      List<LedgerWriter.Numbers> numbers = new ArrayList<>();
      for (int k = 0; k < known.size(); k++) {
        int i = known.get(k);
        IdempotencyKeys.Claimed claim = claimed.claims().get(k);
        if (claim.refused() != null) {
          outcome[i] = claim.refused();
        } else if (claim.replay() != null) {
          outcome[i] = new Posted(view(em, claim.replay()), true);
        } else {
          going.add(i);
          numbers.add(claimed.numbers().get(k));
        }
      }
      if (going.isEmpty()) {
        return Arrays.asList(outcome);
      }
      List<Long> accountIds = going.stream().map(i -> accounts.get(postings.get(i).accountNo()).id()).toList();
      ModuleSettings settings = context.settings();
      Allocation.Order order = order(settings);
      boolean lateFeesFirst = settings.flag(PaymentsModule.LATE_FEES_FIRST);
      Map<Long, String> codes = new HashMap<>();
      Allocation.Split[] splits = new Allocation.Split[going.size()];
      // what is owed is read once, under billing's locks on the accounts' settlements: each payment is
      // allocated against what the earlier ones of its account left, billing records the
      // settlements, then the entries are written
      context.service(Receivables.class).settleOpenItems(accountIds, open -> {
        Map<Long, List<Allocation.Owed>> left = new HashMap<>();
        open.forEach((account, items) -> left.put(account, owed(items, codes)));
        List<Receivables.AccountSettling> settlings = new ArrayList<>(going.size());
        for (int k = 0; k < going.size(); k++) {
          long account = accountIds.get(k);
          Allocation.Split split = Allocation.allocate(left.get(account), postings.get(going.get(k)).amount(), order,
              lateFeesFirst);
          left.put(account, Allocation.remaining(left.get(account), split.settlements()));
          splits[k] = split;
          settlings.add(new Receivables.AccountSettling(account, reference(numbers.get(k).id()), split.settlements()));
        }
        return settlings;
      });
      List<LedgerWriter.Entry> entries = new ArrayList<>(going.size());
      for (int k = 0; k < going.size(); k++) {
        Posting p = postings.get(going.get(k));
        AccountSummary account = accounts.get(p.accountNo());
        Payment payment = new Payment(PaymentKind.PAYMENT, account.id(), account.accountNo(), p.channel(), p.method(),
            p.channelRef(), p.amount(), splits[k].prepaid(), null, receiptNo(settings, numbers.get(k).receiptSeq()),
            p.businessDate(), p.note(), p.postedBy());
        entries.add(new LedgerWriter.Entry(numbers.get(k).id(), payment, splits[k].settlements(), codes, p.claim()));
      }
      List<PaymentView> views = LedgerWriter.writeAll(context, em, entries);
      List<AuditRecorder.Action> audit = new ArrayList<>(going.size());
      for (int k = 0; k < going.size(); k++) {
        PaymentView view = views.get(k);
        outcome[going.get(k)] = new Posted(view, false);
        audit.add(new AuditRecorder.Action(postings.get(going.get(k)).actor(), "payments.post", "payment:" + view.id(),
            view.receiptNo() + " " + view.accountNo() + " " + view.amount() + " " + view.channel() + "/" + view.method()));
      }
      // each payment's entry commits with it
      context.audit().recordInTransaction(audit);
      return Arrays.asList(outcome);
    });
  }

  /**
   * Applies an account's prepaid balance to what it owes now (oldest first, like a payment); what
   * is not needed stays prepaid. The entry has amount 0: money moves from the balance to settlements.
   *
   * @param accountNo the account
   * @param idempotencyKey the client's key
   * @return the entry
   */
  public Posted applyPrepaid(String accountNo, String idempotencyKey) {
    context.requirePermission(PaymentsModule.COLLECT);
    return applyPrepaid(account(accountNo), "API", idempotencyKey, user());
  }

  /**
   * Applies an account's prepaid balance, for the platform itself (the sweep after billing).
   *
   * @param account the account
   * @param scope the key's scope
   * @param idempotencyKey the key
   * @param by who applies
   * @return the entry
   */
  Posted applyPrepaid(AccountSummary account, String scope, String idempotencyKey, String by) {
    Posted posted = keyed(scope, idempotencyKey, "APPLY|" + account.accountNo(), (em, claim) -> {
      LedgerWriter.Numbers numbers = LedgerWriter.lockAndNumber(context, em, account.id());
      PrepaidBalance balance = em.find(PrepaidBalance.class, account.id());
      if (balance == null || balance.getBalance().signum() <= 0) {
        throw new UnprocessableException("该账户没有预存余额 / the account has no prepaid balance");
      }
      Receivables receivables = context.service(Receivables.class);
      Map<Long, String> codes = new HashMap<>();
      Allocation.Split split = Allocation.allocate(owed(receivables.openItems(account.id()), codes), balance.getBalance(), order(),
          context.settings().flag(PaymentsModule.LATE_FEES_FIRST));
      BigDecimal applied = balance.getBalance().subtract(split.prepaid());
      if (applied.signum() <= 0) {
        throw new UnprocessableException("该账户没有欠费，预存余额无需抵扣 / nothing is owed; the prepaid balance stays");
      }
      Payment entry = new Payment(PaymentKind.APPLY, account.id(), account.accountNo(), Channel.COUNTER, "PREPAID", null,
          BigDecimal.ZERO.setScale(2), applied.negate(), null, receiptNo(numbers.receiptSeq()), today(),
          "预存抵扣 / prepaid applied", by);
      receivables.settle(account.id(), reference(numbers.id()), split.settlements());
      return LedgerWriter.write(context, em, new LedgerWriter.Entry(numbers.id(), entry, split.settlements(), codes, claim));
    });
    if (!posted.replayed()) {
      context.audit().record("payments.prepaid.apply", "payment:" + posted.payment().id(), posted.payment().accountNo()
          + " " + posted.payment().prepaid().negate() + " applied");
    }
    return posted;
  }

  /**
   * Refunds part of a payment, or reverses all that remains of it; the caller must have confirmed
   * the request with an authenticator code (SECURITY.md: second factor for refunds).
   *
   * @param paymentId the payment
   * @param idempotencyKey the client's key
   * @param kind REFUND or REVERSAL
   * @param request the amount (refunds) and the reason
   * @return the refund or reversal entry
   */
  public Posted refund(long paymentId, String idempotencyKey, PaymentKind kind, RefundRequest request) {
    context.requirePermission(PaymentsModule.REFUND);
    context.requireSecondFactor();
    return refund(paymentId, idempotencyKey, kind, request, true);
  }

  /**
   * Refunds or reverses a payment, optionally without giving the money back through its gateway
   * (reconciliation reverses entries the channel never had).
   *
   * @param paymentId the payment
   * @param idempotencyKey the key
   * @param kind REFUND or REVERSAL
   * @param request amount and reason
   * @param throughChannel whether an online payment's money goes back through its gateway
   * @return the entry
   */
  Posted refund(long paymentId, String idempotencyKey, PaymentKind kind, RefundRequest request, boolean throughChannel) {
    context.requirePermission(PaymentsModule.REFUND);
    if (kind == PaymentKind.PAYMENT) {
      throw new InvalidRequestException("kind must be REFUND or REVERSAL");
    }
    if (request == null || request.reason() == null || request.reason().isBlank()) {
      throw new InvalidRequestException("请填写原因 / a reason is required");
    }
    BigDecimal asked = kind == PaymentKind.REFUND ? amount(request.amount()) : null;
    String payload = String.join("|", kind.name(), String.valueOf(paymentId), asked == null ? "ALL" : asked.toPlainString());
    String by = user();
    Posted posted = keyed("API", idempotencyKey, payload, (em, claim) -> {
      Payment original = em.find(Payment.class, paymentId);
      if (original == null) {
        throw new NotFoundException("缴费记录不存在 / no such payment: " + paymentId);
      }
      if (original.getKind() != PaymentKind.PAYMENT) {
        throw new UnprocessableException("只能对缴费退款或冲正 / only payments can be refunded or reversed");
      }
      LedgerWriter.Numbers numbers = LedgerWriter.lockAndNumber(context, em, original.getAccountId());
      BigDecimal remaining = original.getAmount().subtract(refunded(em, paymentId));
      BigDecimal amount = asked == null ? remaining : asked;
      if (remaining.signum() <= 0) {
        throw new UnprocessableException("该笔缴费已全部退回 / this payment was fully refunded already");
      }
      if (amount.compareTo(remaining) > 0) {
        throw new UnprocessableException("退款 " + amount + " 元超过可退金额 " + remaining + " 元 / refunding " + amount
            + " exceeds what remains of the payment: " + remaining);
      }
      Map<Long, String> codes = new HashMap<>();
      List<Settlement> settled = netSettlements(em, paymentId, codes);
      BigDecimal prepaidOfPayment = (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(prepaid), 0) FROM pay_payment "
          + "WHERE id = ?1 OR original_id = ?1").setParameter(1, paymentId).getSingleResult();
      PrepaidBalance balance = em.find(PrepaidBalance.class, original.getAccountId());
      Allocation.Split split;
      try {
        split = Allocation.takeBack(settled, prepaidOfPayment,
            balance == null ? BigDecimal.ZERO : balance.getBalance(), amount);
      } catch (IllegalArgumentException e) {
        throw new UnprocessableException("该笔缴费的预存部分已被使用，无法退回 " + amount + " 元 / the payment's prepaid part was "
            + "spent; " + amount + " cannot be given back: " + e.getMessage());
      }
      String gatewayRefund = null;
      if (original.getChannel() == Channel.ONLINE && throughChannel) {
        // the money goes back through the gateway first; a second try with the same key is the same refund there
        OnlineService online = new OnlineService(context);
        String orderNo = online.orderOfPayment(paymentId).orElseThrow(() -> new UnprocessableException(
            "找不到该笔线上缴费的订单 / the online payment has no order"));
        try {
          gatewayRefund = online.gateway(original.getMethod()).refund(orderNo,
              "RF" + IdempotencyKeys.sha256(idempotencyKey).substring(0, 24), amount);
        } catch (io.heatcloud.api.payments.GatewayException e) {
          throw new io.heatcloud.api.errors.ProblemException(502, "gateway-refused", "支付渠道未能退款 / the gateway "
              + "did not refund: " + e.getMessage(), List.of());
        }
      }
      Payment entry = new Payment(kind, original.getAccountId(), original.getAccountNo(), original.getChannel(),
          original.getMethod(), gatewayRefund, amount.negate(), split.prepaid(), paymentId,
          receiptNo(numbers.receiptSeq()), today(), trim(request.reason(), 200), by);
      context.service(Receivables.class).settle(original.getAccountId(), reference(numbers.id()), split.settlements());
      PaymentView view = LedgerWriter.write(context, em, new LedgerWriter.Entry(numbers.id(), entry, split.settlements(), codes,
          claim));
      Invoices.redForRefund(em, paymentId, numbers.id(), entry.getAmount(), by);
      return view;
    });
    if (!posted.replayed()) {
      context.audit().record("payments." + kind.name().toLowerCase(), "payment:" + paymentId,
          posted.payment().receiptNo() + " " + posted.payment().amount() + ": " + request.reason());
    }
    return posted;
  }

  /**
   * What an account owes and holds, for the counter.
   *
   * @param accountNo the account
   * @param holderName its holder
   * @param address its address
   * @param openItems what it owes, oldest first
   * @param owed the sum of the open items
   * @param prepaid its prepaid balance
   */
  public record Position(String accountNo, String holderName, String address, List<OpenItem> openItems, BigDecimal owed,
      BigDecimal prepaid) {}

  /**
   * What an account owes and holds.
   *
   * @param accountNo the account
   * @return its position
   */
  public Position position(String accountNo) {
    context.requirePermission(PaymentsModule.VIEW);
    AccountSummary account = account(accountNo);
    List<OpenItem> items = context.service(Receivables.class).openItems(account.id());
    BigDecimal owed = items.stream().map(OpenItem::outstanding).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    BigDecimal prepaid = context.inTransaction(em -> Optional.ofNullable(em.find(PrepaidBalance.class, account.id()))
        .map(PrepaidBalance::getBalance).orElse(BigDecimal.ZERO.setScale(2)));
    return new Position(account.accountNo(), account.holderName(), account.address(), items, owed, prepaid);
  }

  /**
   * One entry.
   *
   * @param id the entry
   * @return it, with its allocations
   */
  public PaymentView payment(long id) {
    context.requirePermission(PaymentsModule.VIEW);
    return view(id);
  }

  /**
   * One entry, without a permission check (for the portal and receipts; callers check).
   *
   * @param id the entry
   * @return it
   */
  PaymentView entry(long id) {
    return view(id);
  }

  /**
   * One entry of an account, without a permission check (the portal checks the account).
   *
   * @param accountId the account
   * @param id the entry
   * @return it, when it is the account's
   */
  Optional<PaymentView> entryOf(long accountId, long id) {
    boolean mine = context.inTransaction(em -> em.createQuery("SELECT count(p) FROM Payment p WHERE p.id = :id "
        + "AND p.accountId = :a", Long.class).setParameter("id", id).setParameter("a", accountId).getSingleResult() > 0);
    return mine ? Optional.of(view(id)) : Optional.empty();
  }

  /**
   * An account's entries, newest first, without a permission check (the portal checks the account).
   *
   * @param accountId the account
   * @return its entries (the latest 500)
   */
  List<PaymentView> entriesOf(long accountId) {
    List<Long> ids = context.inTransaction(em -> em.createQuery("SELECT p.id FROM Payment p WHERE p.accountId = :a "
        + "ORDER BY p.id DESC", Long.class).setParameter("a", accountId).setMaxResults(500).getResultList());
    return ids.stream().map(this::view).toList();
  }

  /**
   * An entry's receipt as PDF.
   *
   * @param id the entry
   * @return the PDF
   */
  public byte[] receipt(long id) {
    context.requirePermission(PaymentsModule.VIEW);
    PaymentView view = view(id);
    context.audit().record("payments.receipt", "payment:" + id, view.receiptNo());
    return new Receipts(context).pdf(view);
  }

  /**
   * An account's entries, newest first.
   *
   * @param accountNo the account
   * @return its payments, refunds and reversals
   */
  public List<PaymentView> ofAccount(String accountNo) {
    context.requirePermission(PaymentsModule.VIEW);
    AccountSummary account = account(accountNo);
    List<Long> ids = context.inTransaction(em -> em.createQuery("SELECT p.id FROM Payment p WHERE p.accountId = :a "
        + "ORDER BY p.id DESC", Long.class).setParameter("a", account.id()).setMaxResults(500).getResultList());
    return ids.stream().map(this::view).toList();
  }

  /**
   * An account's prepaid balance.
   *
   * @param accountNo the account
   * @return yuan
   */
  public BigDecimal prepaid(String accountNo) {
    context.requirePermission(PaymentsModule.VIEW);
    AccountSummary account = account(accountNo);
    return context.inTransaction(em -> Optional.ofNullable(em.find(PrepaidBalance.class, account.id()))
        .map(PrepaidBalance::getBalance).orElse(BigDecimal.ZERO.setScale(2)));
  }

  /**
   * The entries of a business day, optionally of one channel.
   *
   * @param day the day
   * @param channel the channel, or null
   * @param offset rows to skip
   * @param limit rows to return (at most 500)
   * @return the entries, in the order recorded
   */
  public List<PaymentView> ofDay(LocalDate day, String channel, int offset, int limit) {
    context.requirePermission(PaymentsModule.VIEW);
    Channel ch = channel == null || channel.isBlank() ? null : parseChannel(channel);
    List<Long> ids = context.inTransaction(em -> em.createQuery("SELECT p.id FROM Payment p WHERE p.businessDate = :d "
            + "AND (:c IS NULL OR p.channel = :c) ORDER BY p.id", Long.class)
        .setParameter("d", day).setParameter("c", ch).setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList());
    return ids.stream().map(this::view).toList();
  }

  // --- posting parts ------------------------------------------------------------------------

  /**
   * The one way every entry is written: one transaction claims the key (or answers its first result
   * again), posts, and records the key with the entry; it is retried when a balance changed meanwhile.
   * A failure leaves nothing, so the client may try again with the same key.
   */
  private Posted keyed(String scope, String key, String payload,
      java.util.function.BiFunction<EntityManager, IdempotencyKeys.Claim, PaymentView> posting) {
    IdempotencyKeys.Claim claim = IdempotencyKeys.Claim.of(scope, key, payload);
    return retrying(() -> context.inTransaction(em -> {
      IdempotencyKeys.Claimed claimed = context.jdbc(em, connection -> IdempotencyKeys.claimAll(connection,
          List.of(claim))).get(0);
      if (claimed.refused() != null) {
        throw claimed.refused();
      }
      if (claimed.replay() != null) {
        return new Posted(view(em, claimed.replay()), true);
      }
      // the posting writes the key with its entry (LedgerWriter.writeAll)
      return new Posted(posting.apply(em, claimed.claim()), false);
    }));
  }

  /** What an account owes, as the allocation sees it, noting each season's code. */
  private static List<Allocation.Owed> owed(List<OpenItem> items, Map<Long, String> seasonCodes) {
    List<Allocation.Owed> owed = new ArrayList<>();
    for (OpenItem item : items) {
      owed.add(new Allocation.Owed(item.seasonId(), item.item(), item.outstanding()));
      seasonCodes.put(item.seasonId(), item.seasonCode());
    }
    return owed;
  }

  /** The reference of an entry's settlements in billing. */
  private static String reference(long entryId) {
    return "PAY-" + entryId;
  }

  static BigDecimal refunded(EntityManager em, long paymentId) {
    BigDecimal sum = (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM pay_payment WHERE original_id = ?1")
        .setParameter(1, paymentId).getSingleResult();
    return sum.negate().setScale(2);
  }

  private static List<Settlement> netSettlements(EntityManager em, long paymentId, Map<Long, String> codes) {
    Map<String, Settlement> net = new LinkedHashMap<>();
    for (Object row : em.createNativeQuery("SELECT a.season_id, a.item, a.amount, a.season_code FROM pay_allocation a "
            + "JOIN pay_payment p ON p.id = a.payment_id WHERE p.id = ?1 OR p.original_id = ?1 ORDER BY p.id, a.line_no")
        .setParameter(1, paymentId).getResultList()) {
      Object[] r = (Object[]) row;
      long season = ((Number) r[0]).longValue();
      ReceivableItem item = ReceivableItem.valueOf((String) r[1]);
      codes.put(season, (String) r[3]);
      net.merge(season + ":" + item, new Settlement(season, item, (BigDecimal) r[2]),
          (a, b) -> new Settlement(season, item, a.amount().add(b.amount())));
    }
    return new ArrayList<>(net.values());
  }

  private String receiptNo(long next) {
    return receiptNo(context.settings(), next);
  }

  private static String receiptNo(ModuleSettings settings, long next) {
    String prefix = settings.text(PaymentsModule.RECEIPT_PREFIX);
    return (prefix == null ? "" : prefix.trim()) + today().getYear() + String.format("%08d", next);
  }

  private <T> T retrying(java.util.function.Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (PersistenceException e) {
        // pk_pay_idempotency: a posting under the same key committed after this one looked for the key
        // (IdempotencyKeys.claim); the next attempt answers that posting
        if (attempt == ATTEMPTS || !rootMessage(e).contains("pk_pay_idempotency")) {
          throw e;
        }
      }
    }
  }

  // --- views -----------------------------------------------------------------------------------

  private PaymentView view(long id) {
    return context.inTransaction(em -> view(em, id));
  }

  private static PaymentView view(EntityManager em, long id) {
    Payment p = em.find(Payment.class, id);
    if (p == null) {
      throw new NotFoundException("缴费记录不存在 / no such payment: " + id);
    }
    List<PaymentView.Line> lines = new ArrayList<>();
    for (Object row : em.createNativeQuery("SELECT season_id, season_code, item, amount FROM pay_allocation "
        + "WHERE payment_id = ?1 ORDER BY line_no").setParameter(1, id).getResultList()) {
      Object[] r = (Object[]) row;
      lines.add(new PaymentView.Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (BigDecimal) r[3]));
    }
    return view(p, lines, p.getKind() == PaymentKind.PAYMENT ? refunded(em, id) : BigDecimal.ZERO.setScale(2));
  }

  private static PaymentView view(Payment p, List<PaymentView.Line> lines, BigDecimal refunded) {
    return new PaymentView(p.getId(), p.getKind().name(), p.getReceiptNo(), p.getAccountNo(), p.getChannel().name(),
        p.getMethod(), p.getChannelRef(), p.getAmount(), p.getPrepaid(), p.getOriginalId(), refunded,
        p.getBusinessDate(), p.getCreatedAt(), p.getCreatedBy(), p.getNote(), List.copyOf(lines));
  }

  /**
   * The holder's name of an account (bank files check it).
   *
   * @param accountNo the account
   * @return the holder
   */
  String holderOf(String accountNo) {
    return account(accountNo).holderName();
  }

  // --- input -----------------------------------------------------------------------------------

  private Channel channel(PaymentRequest request) {
    if (request == null) {
      throw new InvalidRequestException("缺少缴费内容 / the payment is missing");
    }
    Channel channel = parseChannel(request.channel());
    if (!channel.accepts(request.method())) {
      throw new InvalidRequestException("渠道 " + channel + " 不支持方式 " + request.method() + " / channel " + channel
          + " does not accept method " + request.method());
    }
    if (request.channelRef() != null && request.channelRef().length() > 64) {
      throw new InvalidRequestException("渠道流水号最长 64 个字符 / channelRef has at most 64 characters");
    }
    return channel;
  }

  private static Channel parseChannel(String text) {
    try {
      return Channel.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("渠道必须是 COUNTER、BANK 或 ONLINE / channel must be COUNTER, BANK or ONLINE");
    }
  }

  private BigDecimal amount(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException("金额必须为正数，最多两位小数 / the amount must be positive with at most 2 decimals");
    }
    BigDecimal max = context.settings().decimal(PaymentsModule.MAX_AMOUNT);
    if (amount.compareTo(max) > 0) {
      throw new InvalidRequestException("单笔金额不能超过 " + max.toPlainString() + " 元 / a single payment is at most " + max);
    }
    return amount.setScale(2);
  }

  private static String accountNo(String accountNo) {
    if (accountNo == null || accountNo.isBlank()) {
      throw new InvalidRequestException("请填写户号 / the account number is required");
    }
    return accountNo.trim();
  }

  private AccountSummary account(String accountNo) {
    return context.service(AccountDirectory.class).byNumber(accountNo(accountNo))
        .orElseThrow(() -> new NotFoundException("户号不存在 / no such account: " + accountNo));
  }

  private Allocation.Order order() {
    return order(context.settings());
  }

  private static Allocation.Order order(ModuleSettings settings) {
    try {
      return Allocation.Order.valueOf(settings.text(PaymentsModule.ALLOCATION_ORDER).trim());
    } catch (RuntimeException e) {
      return Allocation.Order.OLDEST_FIRST;
    }
  }

  private String user() {
    return context.user().map(UserInfo::username).orElse("system");
  }

  static LocalDate toDate(Object value) {
    return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String trim(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
