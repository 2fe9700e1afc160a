# Japanese entries for the 14 signals of signals.lex. Each matches inside
# the text (Japanese is written without spaces). Included by signals.lex.
@lang ja

[churn_risk]
解約しました
解約します
解約する
解約かな
解約した
乗り換え
他社を検討
他社に
もう行かない
もう行きません
二度と
退会
アンインストール
やめます
やめました

[effort/high]
たらい回し
何回
何度も
3回
三回
再配達3回
最初から説明
説明し直し
同じ説明
やり直
繋がらない
結局電話
面倒
めんどくさ
手間

[effort/low]
簡単
楽すぎ
スムーズ
すぐ使え
電話一本
すぐに止めて
10分で
フォームに入力するだけ
手間なし
あっという間

[intent/complaint]
最悪
ひどい
ひどすぎ
残念
不満
がっかり
詐欺
遅い
高すぎ
不具合
待たされ
無愛想
汚い
うるさ
届かない
つながらない
違う
返事がない
困って
何なの
ありえない

[intent/suggestion]
してほしい
して欲しい
ほしいです
欲しいです
あるといい
あったらいい
お願いします
改善して
教えて
入れてほしい
直してください

[intent/question]
ですか
ますか
でしょうか
どうすれば
どうなります
いいですか

[intent/praise]
最高
満足
良かった
よかった
素晴らし
ありがたい
助かりました
助かった
丁寧
親切
美味し
おいし
おすすめ
文句なし
神対応
嬉しい
便利
快適
さすが
ありがとう

[journey/onboarding]
初期設定
口座開設
登録
新規
申し込み
申込
開通
設定が簡単

[journey/purchase]
購入
買った
買える
契約
セール
店舗で

[journey/delivery]
配送
配達
発送
届いた
置き配
再配達
工事
設置
出前

[journey/support]
サポート
問い合わせ
窓口
コールセンター
修理
保証
交換
チャット

[journey/billing]
請求
引き落と
支払
返金
課金
手数料
振込
明細

[journey/renewal]
更新
満期
縛り
自動更新
契約更新

[journey/cancellation]
解約
キャンセル
退会
