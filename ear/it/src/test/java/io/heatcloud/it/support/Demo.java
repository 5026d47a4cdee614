package io.heatcloud.it.support;

/** The demo group's users (from tenants/*.yaml) the tests log in as. */
public enum Demo {
  HQ_ADMIN("hq.admin", "Qilu#Group2026"),
  HQ_AUDITOR("hq.auditor", "Audit#Qilu2026"),
  JD_ADMIN("jd.admin", "Jiaodong#Region26"),
  LN_ADMIN("ln.admin", "Lunan#Region2026"),
  LZ_ADMIN("lz.admin", "Luzhong#Region26"),
  YT_ADMIN("yt.admin", "Yantai#Admin2026"),
  YT_OPERATOR("yt.operator", "Yantai#Oper2026"),
  WH_OPERATOR("wh.operator", "Weihai#Oper2026"),
  LY_ADMIN("ly.admin", "Linyi#Admin2026"),
  LY_OPERATOR("ly.operator", "Linyi#Oper2026"),
  ZZ_OPERATOR("zz.operator", "Zaozhuang#Op2026"),
  ZZ_ADMIN("zz.admin", "Zaozhuang#Adm2026"),
  ZB_OPERATOR("zb.operator", "Zibo#Operator26");

  private final String username;
  private final String password;

  Demo(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }
}
