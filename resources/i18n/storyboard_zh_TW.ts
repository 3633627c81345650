<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
</context>
<context>
    <name>AppWorkspace</name>
    <message>
        <source>Storyboard 1</source>
        <translation>故事板 1</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>{folder} 已存在且不是空資料夾。</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>無法建立專案</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>還原未儲存的工作</translation>
    </message>
</context>
<context>
    <name>BoardSettings</name>
    <message>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>更改模式</translation>
    </message>
    <message>
        <source>Change aspect ratio</source>
        <translation>更改畫面比例</translation>
    </message>
    <message>
        <source>Native audio: dialogue and sound effects</source>
        <translation>原生音訊：台詞和音效</translation>
    </message>
    <message>
        <source>Switch audio</source>
        <translation>切換音訊</translation>
    </message>
    <message>
        <source>Let Kling cut (one prompt; Kling plans the shots)</source>
        <translation>讓可靈剪輯（一條提示詞，由可靈安排鏡頭）</translation>
    </message>
    <message>
        <source>The shots become your notes for one prompt of the total length, and Kling decides where to cut (Kling 3.0 and 3.0 Omni only).</source>
        <translation>各鏡頭成為一條總長度提示詞裡的備註，由可靈決定在哪裡剪接（僅限可靈 3.0 和 3.0 Omni）。</translation>
    </message>
    <message>
        <source>Let Kling cut</source>
        <translation>讓可靈剪輯</translation>
    </message>
    <message>
        <source>Carried into every shot, e.g. neo-noir, 35mm film grain</source>
        <translation>套用到每個鏡頭，例如：新黑色電影、35mm 底片顆粒</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>編輯風格</translation>
    </message>
    <message>
        <source>e.g. hard neon rim light, wet reflections</source>
        <translation>例如：硬朗的霓虹輪廓光、潮濕的反光</translation>
    </message>
    <message>
        <source>Edit lighting</source>
        <translation>編輯燈光</translation>
    </message>
    <message>
        <source>What the model should avoid: blur, watermark, …</source>
        <translation>模型要避免的內容：模糊、浮水印……</translation>
    </message>
    <message>
        <source>Edit negative prompt</source>
        <translation>編輯反向提示詞</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>—（無）</translation>
    </message>
    <message>
        <source>Kept for services that take a seed; Kling takes none</source>
        <translation>保留給接受種子的服務；可靈不使用種子</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>更改種子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>畫面比例</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>燈光</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示詞</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>費用估算</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Rename storyboard</source>
        <translation>重新命名故事板</translation>
    </message>
    <message>
        <source>Props and places</source>
        <translation>道具與場景</translation>
    </message>
    <message>
        <source>No price for this model, mode and audio.</source>
        <translation>此模型、模式和音訊組合沒有價格。</translation>
    </message>
    <message>
        <source>{shots}, {least}–{most} s in all, {characters} a shot prompt</source>
        <translation>{shots}，總長 {least}–{most} 秒，每個鏡頭提示詞 {characters}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 個字元</translation>
    </message>
    <message>
        <source>Unknown model.</source>
        <translation>未知模型。</translation>
    </message>
</context>
<context>
    <name>CastPictures</name>
    <message>
        <source>{name}: {path}
Change it on the Characters tab.</source>
        <translation>{name}：{path}
在「角色」分頁中更改。</translation>
    </message>
</context>
<context>
    <name>CharacterImages</name>
    <message>
        <source>Remove this picture</source>
        <translation>移除這張圖片</translation>
    </message>
    <message>
        <source>Drop pictures
of them here</source>
        <translation>把角色的圖片
拖放到這裡</translation>
    </message>
    <message>
        <source>A character takes {most} pictures.</source>
        <translation>一個角色最多 {most} 張圖片。</translation>
    </message>
</context>
<context>
    <name>CharactersPanel</name>
    <message>
        <source>Add Character</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Renaming changes every line and shot that names them (one undo)</source>
        <translation>重新命名會同時修改提到該角色的每句台詞和每個鏡頭（一步復原）</translation>
    </message>
    <message>
        <source>Face, age, build, hair: the words used in every shot</source>
        <translation>面容、年齡、體型、髮型：每個鏡頭都用這段描述</translation>
    </message>
    <message>
        <source>What they wear</source>
        <translation>服裝</translation>
    </message>
    <message>
        <source>How they sound</source>
        <translation>嗓音特點</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>wardrobe</source>
        <translation>服裝</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>Wardrobe</source>
        <translation>服裝</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可靈音色</translation>
    </message>
    <message>
        <source>Kling element</source>
        <translation>可靈主體</translation>
    </message>
    <message>
        <source>Add character</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Character {number}</source>
        <translation>角色 {number}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>將 {old} 重新命名為 {new}</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {field}</source>
        <translation>編輯 {name} 的{field}</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>圖片</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare takes</source>
        <translation>比較成片</translation>
    </message>
    <message>
        <source>Play Both</source>
        <translation>同時播放</translation>
    </message>
    <message>
        <source>Pause Both</source>
        <translation>同時暫停</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>關閉前儲存對「{title}」的變更嗎？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不儲存，你的變更將會遺失。</translation>
    </message>
    <message>
        <source>Open a project folder (.storyboard)</source>
        <translation>開啟專案資料夾（.storyboard）</translation>
    </message>
    <message>
        <source>Create the project folder</source>
        <translation>建立專案資料夾</translation>
    </message>
    <message>
        <source>Projects ({pattern})</source>
        <translation>專案（{pattern}）</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>未儲存的專案</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>The app closed unexpectedly while “{title}” ({where}) had unsaved changes. Restore them as they were at {when}?</source>
        <translation>應用程式意外關閉時，「{title}」（{where}）有未儲存的變更。要還原到 {when} 時的狀態嗎？</translation>
    </message>
    <message>
        <source>Pictures are missing</source>
        <translation>缺少圖片</translation>
    </message>
    <message>
        <source>Some shots&apos; pictures cannot be used:</source>
        <translation>部分鏡頭的圖片無法使用：</translation>
    </message>
    <message>
        <source>Render with Blocking Frames</source>
        <translation>用走位示意圖渲染</translation>
    </message>
    <message>
        <source>Import a screenplay</source>
        <translation>匯入劇本</translation>
    </message>
    <message>
        <source>Screenplays ({patterns})</source>
        <translation>劇本（{patterns}）</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>Add line</source>
        <translation>新增台詞</translation>
    </message>
    <message>
        <source>Add a dialogue line</source>
        <translation>新增一句台詞</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add shot</source>
        <translation>新增鏡頭</translation>
    </message>
    <message>
        <source>Duplicate shot</source>
        <translation>複製鏡頭</translation>
    </message>
    <message>
        <source>Delete shot</source>
        <translation>刪除鏡頭</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>移動鏡頭</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改時長</translation>
    </message>
    <message>
        <source>Save the project first: images are copied into its folder.</source>
        <translation>請先儲存專案：圖片會複製到專案資料夾中。</translation>
    </message>
    <message>
        <source>Importing {n} picture…</source>
        <translation>正在匯入 {n} 張圖片…</translation>
    </message>
    <message>
        <source>Importing {n} pictures…</source>
        <translation>正在匯入 {n} 張圖片…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>無法讀取 {file}：{error}。</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>未加入：{why}</translation>
    </message>
    <message>
        <source>Added {n} picture.</source>
        <translation>已加入 {n} 張圖片。</translation>
    </message>
    <message>
        <source>Added {n} pictures.</source>
        <translation>已加入 {n} 張圖片。</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>匯入失敗：{error}</translation>
    </message>
</context>
<context>
    <name>ElementMaker</name>
    <message>
        <source>Make Kling Element</source>
        <translation>建立可靈主體</translation>
    </message>
    <message>
        <source>Make Again</source>
        <translation>重新建立</translation>
    </message>
    <message>
        <source>creating…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <source>The Kling address is not usable.</source>
        <translation>可靈服務位址無法使用。</translation>
    </message>
    <message>
        <source>Save the project first.</source>
        <translation>請先儲存專案。</translation>
    </message>
    <message>
        <source>A picture cannot be read: {error}</source>
        <translation>有一張圖片無法讀取：{error}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>{element}. Custom voice: {voice}</source>
        <translation>{element}。自訂音色：{voice}</translation>
    </message>
    <message>
        <source>Make Kling Voice</source>
        <translation>建立可靈音色</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未上傳</translation>
    </message>
    <message>
        <source>being made at Kling, not followed now: press the button to follow it (it is not made twice)</source>
        <translation>可靈正在建立，目前未跟進：按按鈕繼續跟進（不會重複建立）</translation>
    </message>
    <message>
        <source>{units} units (≈ $0.007) for the custom voice</source>
        <translation>自訂音色 {units} 單位（≈ $0.007）</translation>
    </message>
    <message>
        <source>Kling does not publish the price of an element; it is shown once made</source>
        <translation>可靈沒有公布主體的價格；建立後顯示實際費用</translation>
    </message>
    <message>
        <source>{note}; the custom voice is {units} units (≈ $0.007)</source>
        <translation>{note}；自訂音色 {units} 單位（≈ $0.007）</translation>
    </message>
    <message>
        <source>It is being made already.</source>
        <translation>已經在建立中。</translation>
    </message>
    <message>
        <source>Save the project first: the pictures are read from it.</source>
        <translation>請先儲存專案：圖片要從專案中讀取。</translation>
    </message>
    <message>
        <source>sending the pictures to Kling…</source>
        <translation>正在把圖片傳送給可靈…</translation>
    </message>
    <message>
        <source>ready: element {id}</source>
        <translation>就緒：主體 {id}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <source>out of date: its pictures changed since it was made</source>
        <translation>已過期：建立後圖片有改動</translation>
    </message>
    <message>
        <source>only 1 picture of it in this storyboard&apos;s shots; an element is made from 2–4 (the first from the front): give it more pictures with the same name</source>
        <translation>本分鏡的鏡頭裡只有它的 1 張圖片；主體需要 2–4 張（第一張為正面）：請再加入同名的圖片</translation>
    </message>
    <message>
        <source>{count} pictures of it in this storyboard&apos;s shots; an element takes at most 4: remove some, or give some another name</source>
        <translation>本分鏡的鏡頭裡有它的 {count} 張圖片；主體最多 4 張：請刪去一些，或為一些改個名稱</translation>
    </message>
    <message>
        <source>Kling is making the custom voice…</source>
        <translation>可靈正在建立自訂音色…</translation>
    </message>
    <message>
        <source>Kling has the pictures; waiting for it to start…</source>
        <translation>可靈已收到圖片，等待開始…</translation>
    </message>
    <message>
        <source>Kling is making the element…</source>
        <translation>可靈正在建立主體…</translation>
    </message>
</context>
<context>
    <name>ElementPanel</name>
    <message>
        <source>Make Kling Element</source>
        <translation>建立可靈主體</translation>
    </message>
    <message>
        <source>Send the character&apos;s 2–4 pictures (the first from the front) and their Kling voice to your Kling account, which makes one element of them: the same person in every shot</source>
        <translation>把角色的 2–4 張圖片（第一張為正面）和可靈音色傳送到你的可靈帳戶，合成一個主體：每個鏡頭都是同一個人</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop following it; the next Make follows it again, it is not paid twice</source>
        <translation>停止跟進；下次建立時會繼續跟進，不會重複付費</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>費用：{cost}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save first</source>
        <translation>請先儲存</translation>
    </message>
    <message>
        <source>Save the project before exporting.</source>
        <translation>匯出前請先儲存專案。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已匯出 {file}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在匯出 {file}…</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source> (example: Save makes your own copy)</source>
        <translation>（範例：儲存會建立你自己的副本）</translation>
    </message>
    <message>
        <source>{title} — {folder}{example}[*] — Storyboard</source>
        <translation>{title} — {folder}{example}[*] — 故事板</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自動儲存失敗：{reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty; choose a new name.</source>
        <translation>{folder} 已存在且不是空的；請換一個名稱。</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已儲存 {file}</translation>
    </message>
    <message>
        <source>Cannot import the screenplay</source>
        <translation>無法匯入劇本</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>無法建立專案</translation>
    </message>
</context>
<context>
    <name>FilmWords</name>
    <message>
        <source>extreme wide shot</source>
        <translation>大遠景</translation>
    </message>
    <message>
        <source>wide shot</source>
        <translation>遠景</translation>
    </message>
    <message>
        <source>medium long shot</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>medium shot</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>近景</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>特寫</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>大特寫</translation>
    </message>
    <message>
        <source>two-shot</source>
        <translation>雙人鏡頭</translation>
    </message>
    <message>
        <source>over-the-shoulder shot</source>
        <translation>過肩鏡頭</translation>
    </message>
    <message>
        <source>point-of-view shot</source>
        <translation>主觀鏡頭</translation>
    </message>
    <message>
        <source>insert shot</source>
        <translation>插入鏡頭</translation>
    </message>
    <message>
        <source>eye-level angle</source>
        <translation>平視</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>bird&apos;s-eye view</source>
        <translation>鳥瞰頂拍</translation>
    </message>
    <message>
        <source>worm&apos;s-eye view</source>
        <translation>極低角度仰拍</translation>
    </message>
    <message>
        <source>dutch angle</source>
        <translation>傾斜構圖</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>橫搖</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>直搖</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>橫移</translation>
    </message>
    <message>
        <source>pedestal</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>crane</source>
        <translation>搖臂升降</translation>
    </message>
    <message>
        <source>dolly</source>
        <translation>推軌</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>變焦</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <source>orbit</source>
        <translation>環繞</translation>
    </message>
    <message>
        <source>handheld</source>
        <translation>手持</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>跟拍</translation>
    </message>
    <message>
        <source>rack-focus</source>
        <translation>移焦</translation>
    </message>
    <message>
        <source>dolly-zoom</source>
        <translation>滑動變焦</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無方向</translation>
    </message>
    <message>
        <source>left</source>
        <translation>向左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source>in</source>
        <translation>推近</translation>
    </message>
    <message>
        <source>out</source>
        <translation>拉遠</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>順時針</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>逆時針</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>向後</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>慢速</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中速</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>std – 720p</source>
        <translation>標準 – 720p</translation>
    </message>
    <message>
        <source>pro – 1080p</source>
        <translation>專業 – 1080p</translation>
    </message>
    <message>
        <source>4k – 2160p</source>
        <translation>4K 超高畫質 – 2160p</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>a product or prop</source>
        <translation>產品或道具</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>場景地點</translation>
    </message>
    <message>
        <source>the look (style)</source>
        <translation>畫面風格</translation>
    </message>
    <message>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>product</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>義大利語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄語</translation>
    </message>
</context>
<context>
    <name>FrameGenerationDialog</name>
    <message>
        <source>processing</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Shot {number} already has {room} reference pictures, the most it takes: remove one first.</source>
        <translation>鏡頭 {number} 已有 {room} 張參考圖，已達上限：請先移除一張。</translation>
    </message>
    <message>
        <source>Generate Frames</source>
        <translation>生成畫面</translation>
    </message>
    <message>
        <source>Selected shot ({number})</source>
        <translation>所選鏡頭（{number}）</translation>
    </message>
    <message>
        <source>Whole storyboard ({n} shot)</source>
        <translation>整個故事板（{n} 個鏡頭）</translation>
    </message>
    <message>
        <source>Whole storyboard ({n} shots)</source>
        <translation>整個故事板（{n} 個鏡頭）</translation>
    </message>
    <message>
        <source> per shot</source>
        <translation> 張/鏡頭</translation>
    </message>
    <message>
        <source>As a series (one coherent set; kling-v3-omni only)</source>
        <translation>成組生成（風格一致的一組；僅限 kling-v3-omni）</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未傳送。</translation>
    </message>
    <message>
        <source>Frames for</source>
        <translation>生成對象</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候選數</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>傳送內容</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Each request is kept like a video job: if this window or the app closes while frames are made, the app follows them at its next start and they land here as the shot&apos;s takes. Nothing is sent twice without your word.</source>
        <translation>每個請求都像影片任務一樣被保存：產生畫面時即使關閉此視窗或應用程式，下次啟動時應用程式也會繼續追蹤，畫面會作為該鏡頭的備選出現在這裡。未經你同意，不會重複傳送。</translation>
    </message>
    <message>
        <source>Replicate offers no Kling image model (its Kling models make video only), so frames cannot be generated there. Choose Kling or fal.ai.</source>
        <translation>Replicate 沒有可靈圖像模型（它的可靈模型只產生影片），所以無法在那裡產生畫面。請選擇可靈或 fal.ai。</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>傳送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下載中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>等你決定</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Stop Request</source>
        <translation>停止請求</translation>
    </message>
    <message>
        <source>The candidates appear here as each shot&apos;s request finishes (usually within a minute).
Click one per shot to pick it.</source>
        <translation>每個鏡頭的請求完成後（通常一分鐘內），候選畫面會出現在這裡。
每個鏡頭點選一張。</translation>
    </message>
    <message>
        <source>Also use it as the shot&apos;s first frame (the video then starts from this picture)</source>
        <translation>同時用作鏡頭的首幀（影片將從這張畫面開始）</translation>
    </message>
    <message>
        <source>Use Picked Frames</source>
        <translation>使用選取的畫面</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Keys found.</source>
        <translation>已找到金鑰。</translation>
    </message>
    <message>
        <source>No {service} key: add a key in Accounts.</source>
        <translation>沒有 {service} 金鑰：請在「帳戶」中新增。</translation>
    </message>
    <message>
        <source>{resolution} ({units} u/image)</source>
        <translation>{resolution}（{units} 單位/張）</translation>
    </message>
    <message>
        <source>{resolution} (${usd}/image)</source>
        <translation>{resolution}（${usd}/張）</translation>
    </message>
    <message>
        <source>{n} reference picture</source>
        <translation>{n} 張參考圖</translation>
    </message>
    <message>
        <source>{n} reference pictures</source>
        <translation>{n} 張參考圖</translation>
    </message>
    <message>
        <source> (and 1 more shot)</source>
        <translation>（另有 1 個鏡頭）</translation>
    </message>
    <message>
        <source> (and {n} more shots)</source>
        <translation>（另有 {n} 個鏡頭）</translation>
    </message>
    <message>
        <source>{cost} for {n} shot</source>
        <translation>{cost}，共 {n} 個鏡頭</translation>
    </message>
    <message>
        <source>{cost} for {n} shots</source>
        <translation>{cost}，共 {n} 個鏡頭</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Save the project first: the frames are kept in its assets folder.</source>
        <translation>請先儲存專案：畫面儲存在專案的素材資料夾中。</translation>
    </message>
    <message>
        <source>Send to {service}</source>
        <translation>傳送到 {service}</translation>
    </message>
    <message>
        <source>Send to {service} ({units} u ≈ ${usd})</source>
        <translation>傳送到 {service}（{units} 單位 ≈ ${usd}）</translation>
    </message>
    <message>
        <source>Send to {service} (≈ ${usd})</source>
        <translation>傳送到 {service}（≈ ${usd}）</translation>
    </message>
    <message>
        <source>Not sent: no {service} key. Add a key in Accounts.</source>
        <translation>未傳送：沒有 {service} 金鑰。請在「帳戶」中新增。</translation>
    </message>
    <message>
        <source>Sent {n} request(s) to {service}. They are kept and followed even if this window or the app closes.</source>
        <translation>已向 {service} 傳送 {n} 個請求。即使關閉此視窗或應用程式，它們也會被保存並繼續追蹤。</translation>
    </message>
    <message>
        <source>{shot}: the answer to the request was lost. The request may exist and be charged; it was not sent again. Send again only if no frames arrive.</source>
        <translation>{shot}：請求的回覆遺失了。該請求可能已存在並已計費；沒有重新傳送。只有在畫面始終沒有到達時才再次傳送。</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 張圖</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 張圖</translation>
    </message>
    <message>
        <source>{images} × {rate} u = {units} image units ≈ ${usd}</source>
        <translation>{images} × {rate} 單位 = {units} 圖像單位 ≈ ${usd}</translation>
    </message>
    <message>
        <source>{images} × ${rate} ≈ ${usd}</source>
        <translation>{images} × 每張 ${rate} ≈ ${usd}</translation>
    </message>
    <message>
        <source> (price not confirmed by fal&apos;s pages)</source>
        <translation>（價格未經 fal 頁面確認）</translation>
    </message>
    <message>
        <source>A removed shot</source>
        <translation>已刪除的鏡頭</translation>
    </message>
    <message>
        <source>Shot {number}</source>
        <translation>鏡頭 {number}</translation>
    </message>
    <message>
        <source>{shot}: not generated. {reason}</source>
        <translation>{shot}：未生成。{reason}</translation>
    </message>
    <message>
        <source>Done: {n} candidates, {units} image units charged. Click one per shot, then Use Picked Frames.</source>
        <translation>完成：{n} 張候選畫面，計費 {units} 圖像單位。每個鏡頭點選一張，然後點「使用選取的畫面」。</translation>
    </message>
    <message>
        <source>Done: {n} candidates (≈ ${usd}). Click one per shot, then Use Picked Frames.</source>
        <translation>完成：{n} 張候選畫面（≈ ${usd}）。每個鏡頭點選一張，然後點「使用選取的畫面」。</translation>
    </message>
    <message>
        <source>{service} cannot stop a request once it runs.</source>
        <translation>{service} 無法停止已在執行的請求。</translation>
    </message>
    <message>
        <source>Click to pick this frame for the shot.</source>
        <translation>點擊為該鏡頭選用這張畫面。</translation>
    </message>
    <message>
        <source>Use generated frame</source>
        <translation>使用生成的畫面</translation>
    </message>
    <message>
        <source>Use generated frames</source>
        <translation>使用生成的畫面</translation>
    </message>
    <message>
        <source>Used {n} frame as the shot&apos;s picture and first frame.</source>
        <translation>已將 {n} 張畫面用作鏡頭的畫面和首幀。</translation>
    </message>
    <message>
        <source>Used {n} frames as the shots&apos; pictures and first frames.</source>
        <translation>已將 {n} 張畫面用作各鏡頭的畫面和首幀。</translation>
    </message>
    <message>
        <source>Used {n} frame as the shot&apos;s picture.</source>
        <translation>已將 {n} 張畫面用作鏡頭的畫面。</translation>
    </message>
    <message>
        <source>Used {n} frames as the shots&apos; pictures.</source>
        <translation>已將 {n} 張畫面用作各鏡頭的畫面。</translation>
    </message>
</context>
<context>
    <name>FrameSlot</name>
    <message>
        <source>First frame</source>
        <translation>首幀</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾幀</translation>
    </message>
    <message>
        <source>Drop the
first frame</source>
        <translation>拖放
首幀</translation>
    </message>
    <message>
        <source>Drop the
last frame</source>
        <translation>拖放
尾幀</translation>
    </message>
    <message>
        <source>Drop an image to set the first frame</source>
        <translation>拖放一張圖片作為首幀</translation>
    </message>
    <message>
        <source>Drop an image to set the last frame</source>
        <translation>拖放一張圖片作為尾幀</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用時</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下載中</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>等你決定</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>local previs</source>
        <translation>本機預演</translation>
    </message>
    <message>
        <source>Kling</source>
        <translation>可靈</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the selected job. A local render writes nothing; a Kling task cannot be stopped on the service, only no longer followed</source>
        <translation>停止所選任務。本機渲染不會寫入任何檔案；可靈任務無法在服務端停止，只是不再追蹤</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Send a failed or cancelled job again, unchanged</source>
        <translation>原樣重新傳送失敗或已取消的任務</translation>
    </message>
    <message>
        <source>Send Again…</source>
        <translation>重新送出…</translation>
    </message>
    <message>
        <source>The service could not say whether it received the selected job: send it again, knowing it may charge twice</source>
        <translation>服務無法確定是否收到了所選任務：在已知可能收費兩次的情況下重新送出</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Watch the selected render in the player</source>
        <translation>在播放器中觀看所選渲染結果</translation>
    </message>
    <message>
        <source>Show File</source>
        <translation>顯示檔案</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>開啟影片所在的資料夾</translation>
    </message>
    <message>
        <source> (charged {units} u)</source>
        <translation>（已計費 {units} 單位）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>The video is no longer at {file}.</source>
        <translation>影片已不在 {file}。</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>重新送出？</translation>
    </message>
    <message>
        <source>{service} could not say whether it received “{name}”. If it did, sending it again renders it twice and may charge twice.</source>
        <translation>{service} 無法確定是否收到了「{name}」。如果已收到，重新送出會渲染兩次並可能收費兩次。</translation>
    </message>
    <message>
        <source>Send Again, May Charge Twice</source>
        <translation>重新送出，可能收費兩次</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Paste the key here</source>
        <translation>在此貼上金鑰</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Reads the account once; nothing is charged</source>
        <translation>只讀取一次帳戶資訊，不產生任何費用</translation>
    </message>
    <message>
        <source>Use This Key Until the App Closes</source>
        <translation>在應用程式關閉前使用此金鑰</translation>
    </message>
    <message>
        <source>Kept in memory only; never written to disk</source>
        <translation>只保存在記憶體中，從不寫入磁碟</translation>
    </message>
    <message>
        <source>No {key} yet: paste it above, then Save.</source>
        <translation>還沒有 {key}：請貼到上方，然後按儲存。</translation>
    </message>
    <message>
        <source>To use a key saved here instead, remove {variable} from this computer&apos;s environment and start the app again.</source>
        <translation>如要改用這裡保存的金鑰，請從本機環境變數中移除 {variable}，然後重新啟動應用程式。</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>請先貼上金鑰。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Not connected: the check stopped unexpectedly.</source>
        <translation>未連線：檢查意外中止。</translation>
    </message>
</context>
<context>
    <name>KlingPage</name>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自訂位址</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://…（僅本機位址可用 http）</translation>
    </message>
    <message>
        <source>Tasks Kling runs at once for your resource pack; the rest wait</source>
        <translation>可靈按你的資源包同時執行的任務數；其餘任務排隊等待</translation>
    </message>
    <message>
        <source>Kling&apos;s own API, with the access key and secret key of a Kling resource pack (klingai.com, API keys). Billed in units per second of video.</source>
        <translation>可靈自己的 API，使用可靈資源包的 Access Key 和 Secret Key（klingai.com 的 API 金鑰頁）。按影片秒數扣除單位。</translation>
    </message>
    <message>
        <source>No Kling keys yet: type your access key and secret key above, then Save.</source>
        <translation>還沒有可靈金鑰：請在上方輸入 Access Key 和 Secret Key，然後按儲存。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep them in, so the app can use them until it closes.</source>
        <translation>這台電腦沒有可保存它們的鑰匙圈，所以應用程式只能在關閉前使用它們。</translation>
    </message>
    <message>
        <source>KLING_ACCESS_KEY and KLING_SECRET_KEY are set for this computer: they are used instead of keys saved here.</source>
        <translation>本機已設定 KLING_ACCESS_KEY 和 KLING_SECRET_KEY：將使用它們，而不是這裡保存的金鑰。</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Use These Keys Until the App Closes</source>
        <translation>在應用程式關閉前使用這些金鑰</translation>
    </message>
    <message>
        <source>Kept in memory only; never written to disk</source>
        <translation>只保存在記憶體中，從不寫入磁碟</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Tasks at once</source>
        <translation>同時執行的任務</translation>
    </message>
    <message>
        <source>Enter the access key and secret key first.</source>
        <translation>請先輸入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Not connected: the check stopped unexpectedly.</source>
        <translation>未連線：檢查意外中止。</translation>
    </message>
</context>
<context>
    <name>KlingService</name>
    <message>
        <source>No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key.</source>
        <translation>還沒有可靈金鑰：請開啟 渲染 ▸ 帳戶…，輸入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <source>No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key. This computer has no keychain to keep them in, so the app can use them until it closes.</source>
        <translation>還沒有可靈金鑰：請開啟 渲染 ▸ 帳戶…，輸入 Access Key 和 Secret Key。這台電腦沒有可保存它們的鑰匙圈，所以應用程式只能在關閉前使用它們。</translation>
    </message>
    <message>
        <source>Using the Kling keys set up for this computer.</source>
        <translation>正在使用為這台電腦設定的可靈金鑰。</translation>
    </message>
    <message>
        <source>Using the Kling keys kept in this computer&apos;s keychain.</source>
        <translation>正在使用這台電腦鑰匙圈中的可靈金鑰。</translation>
    </message>
    <message>
        <source>Using the keys you entered, until the app closes.</source>
        <translation>正在使用你輸入的金鑰，直到應用程式關閉。</translation>
    </message>
    <message>
        <source>“{address}” is not a valid address: the port after “:” must be a number from 1 to 65535.</source>
        <translation>「{address}」不是有效的位址：「:」後面的連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Your settings are saved, but this computer has no keychain to keep the keys in. The app can use them until it closes; you will enter them again next time.</source>
        <translation>設定已儲存，但這台電腦沒有可保存金鑰的鑰匙圈。應用程式可以在關閉前使用這些金鑰；下次需要重新輸入。</translation>
    </message>
    <message>
        <source>Saved; the keys are in this computer&apos;s keychain.</source>
        <translation>已儲存；金鑰保存在這台電腦的鑰匙圈中。</translation>
    </message>
    <message>
        <source>Using your Kling keys.</source>
        <translation>正在使用你的可靈金鑰。</translation>
    </message>
    <message>
        <source>secure connections cannot be set up: the certificate authorities could not be read ({error})</source>
        <translation>無法建立安全連線：無法讀取憑證授權單位（{error}）</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未連線：{reason}</translation>
    </message>
    <message>
        <source>Not connected: no answer from {address} in {seconds} s.</source>
        <translation>未連線：{address} 在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>Not connected: {address} cannot be reached ({reason}).</source>
        <translation>未連線：無法連上 {address}（{reason}）。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>沒有回應</translation>
    </message>
    <message>
        <source>Connected to {address}: your account answers.</source>
        <translation>已連線到 {address}：你的帳戶有回應。</translation>
    </message>
    <message>
        <source>{n} Kling job waits to be resumed: {reason}</source>
        <translation>{n} 個可靈任務等待恢復：{reason}</translation>
    </message>
    <message>
        <source>{n} Kling jobs wait to be resumed: {reason}</source>
        <translation>{n} 個可靈任務等待恢復：{reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Kling jobs stopped: {reason}</source>
        <translation>可靈任務已停止：{reason}</translation>
    </message>
</context>
<context>
    <name>LineCard</name>
    <message>
        <source>Pick a character, or type a new name to add one to the project</source>
        <translation>選擇一個角色，或輸入新名字把新角色加入專案</translation>
    </message>
    <message>
        <source>The language the line is spoken in</source>
        <translation>這句台詞所用的語言</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>刪除這句台詞</translation>
    </message>
    <message>
        <source>How: e.g. deep voice, urgent</source>
        <translation>語氣：例如低沉、急促</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>台詞內容</translation>
    </message>
</context>
<context>
    <name>LocalRenders</name>
    <message>
        <source>{resolution}p, waiting for the renderer</source>
        <translation>{resolution}p，等待渲染器</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>渲染中</translation>
    </message>
    <message>
        <source>{width}×{height}, {seconds} s</source>
        <translation>{width}×{height}，{seconds} 秒</translation>
    </message>
    <message>
        <source>Render failed: {reason}</source>
        <translation>渲染失敗：{reason}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；沒有寫入任何檔案</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>檢查器</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>載荷</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>成片</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Shot List (CSV)…</source>
        <translation>鏡頭表（CSV）…</translation>
    </message>
    <message>
        <source>OpenTimelineIO…</source>
        <translation>OpenTimelineIO…</translation>
    </message>
    <message>
        <source>Final Cut 7 / Premiere XML…</source>
        <translation>Final Cut 7 / Premiere XML…</translation>
    </message>
    <message>
        <source>Final Cut Pro X (FCPXML)…</source>
        <translation>Final Cut Pro X（FCPXML）…</translation>
    </message>
    <message>
        <source>CMX 3600 EDL…</source>
        <translation>CMX 3600 EDL…</translation>
    </message>
    <message>
        <source>Package for Sharing (zip)…</source>
        <translation>分享包（zip）…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>建立一個專案</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>從範例建立(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>開啟一個專案</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Screenplay…</source>
        <translation>匯入劇本(&amp;I)…</translation>
    </message>
    <message>
        <source>Break a Fountain or Final Draft script down into storyboards</source>
        <translation>把 Fountain 或 Final Draft 劇本拆解成故事板</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Storyboard PDF (A4)…</source>
        <translation>故事板 PDF（A4）…</translation>
    </message>
    <message>
        <source>Storyboard PDF (Letter)…</source>
        <translation>故事板 PDF（Letter）…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Shot</source>
        <translation>新增鏡頭(&amp;A)</translation>
    </message>
    <message>
        <source>Add a shot after the selected one</source>
        <translation>在所選鏡頭之後新增一個鏡頭</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shot</source>
        <translation>複製鏡頭(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected shot</source>
        <translation>複製所選鏡頭</translation>
    </message>
    <message>
        <source>De&amp;lete Shot</source>
        <translation>刪除鏡頭(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)</source>
        <translation>刪除選取的鏡頭（時間軸上按 Delete，任何位置按 Ctrl+Shift+Delete）</translation>
    </message>
    <message>
        <source>S&amp;ketch Board…</source>
        <translation>繪製畫板(&amp;K)…</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s board (it becomes the shot&apos;s picture)</source>
        <translation>為選取的鏡頭繪製畫板（它將成為鏡頭的畫面）</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>The language of the app</source>
        <translation>應用程式的介面語言</translation>
    </message>
    <message>
        <source>&amp;Render</source>
        <translation>渲染(&amp;R)</translation>
    </message>
    <message>
        <source>Render &amp;Previs</source>
        <translation>渲染預演(&amp;P)</translation>
    </message>
    <message>
        <source>Render the storyboard as an animatic with the local previs renderer (no account)</source>
        <translation>用本地預演渲染器把故事板渲染為動態分鏡（無需帳戶）</translation>
    </message>
    <message>
        <source>Render &amp;With…</source>
        <translation>選擇服務渲染(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the service: local previs, Kling, fal.ai or Replicate; each one&apos;s cost and limits first</source>
        <translation>選擇服務：本機預演、可靈、fal.ai 或 Replicate；先顯示各自的費用與限制</translation>
    </message>
    <message>
        <source>Render with &amp;Kling…</source>
        <translation>用可靈渲染(&amp;K)…</translation>
    </message>
    <message>
        <source>Send the storyboard to Kling (shows the cost and limits first)</source>
        <translation>把故事板傳送到可靈（先顯示費用和限制）</translation>
    </message>
    <message>
        <source>Generate &amp;Frames…</source>
        <translation>生成畫面(&amp;F)…</translation>
    </message>
    <message>
        <source>Candidate pictures for the shot or storyboard from Kling&apos;s image API (cost first)</source>
        <translation>用可靈圖像 API 為鏡頭或故事板生成候選畫面（先顯示費用）</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Keys for Kling, fal.ai and Replicate, with a connection check</source>
        <translation>可靈、fal.ai 與 Replicate 的金鑰，並可檢查連線</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play Sequence</source>
        <translation>播放序列(&amp;P)</translation>
    </message>
    <message>
        <source>Play every storyboard&apos;s active take one after another</source>
        <translation>依次播放每個故事板當前選用的成片</translation>
    </message>
    <message>
        <source>&amp;Chain to Next Storyboard</source>
        <translation>銜接到下一個故事板(&amp;C)</translation>
    </message>
    <message>
        <source>The last frame of this storyboard&apos;s active take becomes the next storyboard&apos;s first frame, so the cut flows</source>
        <translation>此故事板當前成片的最後一幀成為下一個故事板的首幀，使剪輯銜接流暢</translation>
    </message>
    <message>
        <source>&amp;Export Sequence as MP4…</source>
        <translation>把序列匯出為 MP4(&amp;E)…</translation>
    </message>
    <message>
        <source>One video of every storyboard&apos;s active take</source>
        <translation>把每個故事板當前選用的成片合成一個影片</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>沒有最近的專案</translation>
    </message>
</context>
<context>
    <name>ModelNames</name>
    <message>
        <source>Kling</source>
        <translation>可靈</translation>
    </message>
    <message>
        <source>Kling 3.0</source>
        <translation>可靈 3.0</translation>
    </message>
    <message>
        <source>Kling 3.0 Omni</source>
        <translation>可靈 3.0 Omni</translation>
    </message>
    <message>
        <source>Kling 2.6</source>
        <translation>可靈 2.6</translation>
    </message>
</context>
<context>
    <name>MoveCard</name>
    <message>
        <source>The camera move</source>
        <translation>運鏡方式</translation>
    </message>
    <message>
        <source>Which way it goes</source>
        <translation>運動方向</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>When the move starts (— from the shot&apos;s start)</source>
        <translation>運鏡開始時間（— 表示從鏡頭開頭）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>When the move ends (— at the shot&apos;s end)</source>
        <translation>運鏡結束時間（— 表示到鏡頭結尾）</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>往前移</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>往後移</translation>
    </message>
    <message>
        <source>Remove this move</source>
        <translation>刪除這個運鏡</translation>
    </message>
    <message>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>MovesEditor</name>
    <message>
        <source>Add move</source>
        <translation>新增運鏡</translation>
    </message>
    <message>
        <source>Add a camera move after the others</source>
        <translation>在現有運鏡之後新增一個運鏡</translation>
    </message>
</context>
<context>
    <name>PayloadPanel</name>
    <message>
        <source>Guidances payload</source>
        <translation>指引載荷</translation>
    </message>
    <message>
        <source>Kling request</source>
        <translation>可靈請求</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the JSON shown to the clipboard</source>
        <translation>把顯示的 JSON 複製到剪貼簿</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the JSON shown to a file</source>
        <translation>把顯示的 JSON 儲存為檔案</translation>
    </message>
    <message>
        <source>Estimated: {cost}</source>
        <translation>估算：{cost}</translation>
    </message>
    <message>
        <source>No price known.</source>
        <translation>價格未知。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已匯出 {file}</translation>
    </message>
</context>
<context>
    <name>PictureLabels</name>
    <message>
        <source>generated frame</source>
        <translation>生成的畫面</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Previs Player</source>
        <translation>預演播放器</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>影片另存為</translation>
    </message>
    <message>
        <source>Video ({pattern})</source>
        <translation>影片（{pattern}）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已儲存 {file}</translation>
    </message>
    <message>
        <source>Save frame as</source>
        <translation>畫面另存為</translation>
    </message>
    <message>
        <source>PNG ({pattern})</source>
        <translation>PNG 圖片（{pattern}）</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暫停（空白鍵）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>後退</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>後退一幀</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前進</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>前進一幀</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Full screen (Esc to leave)</source>
        <translation>全螢幕（按 Esc 離開）</translation>
    </message>
    <message>
        <source>Save Video…</source>
        <translation>儲存影片…</translation>
    </message>
    <message>
        <source>Save the video as an MP4 file</source>
        <translation>把影片儲存為 MP4 檔案</translation>
    </message>
    <message>
        <source>Save Frame…</source>
        <translation>儲存畫面…</translation>
    </message>
    <message>
        <source>Save the frame shown as a PNG</source>
        <translation>把顯示的畫面儲存為 PNG</translation>
    </message>
    <message>
        <source>Frame → Next Board</source>
        <translation>畫面 → 下一故事板</translation>
    </message>
    <message>
        <source>Use the frame shown as the first frame of the next storyboard (chains a sequence longer than one render)</source>
        <translation>把顯示的畫面用作下一個故事板的首幀（把多次渲染銜接成更長的序列）</translation>
    </message>
    <message>
        <source>No render yet: press Render Previs (Ctrl+R) to make one.</source>
        <translation>還沒有渲染：按「渲染預演」（Ctrl+R）產生一個。</translation>
    </message>
    <message>
        <source>asked {asked} s · got {got} s (differs)</source>
        <translation>要求 {asked} 秒 · 實得 {got} 秒（不一致）</translation>
    </message>
    <message>
        <source>asked {asked} s · got {got} s</source>
        <translation>要求 {asked} 秒 · 實得 {got} 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
</context>
<context>
    <name>PresetVoiceDialog</name>
    <message>
        <source>Play sample</source>
        <translation>播放試聽</translation>
    </message>
    <message>
        <source>Kling&apos;s preset voices cannot be listed: {reason}</source>
        <translation>無法列出可靈的預設音色：{reason}</translation>
    </message>
    <message>
        <source>Kling lists no preset voices for this account.</source>
        <translation>可靈沒有為此帳戶列出任何預設音色。</translation>
    </message>
    <message>
        <source>Choose a voice; Play sample lets you hear it first.</source>
        <translation>選擇一種音色；「播放試聽」可先聽一聽。</translation>
    </message>
    <message>
        <source>Kling voices</source>
        <translation>可靈音色</translation>
    </message>
    <message>
        <source>Asking Kling for your voices and its preset voices…</source>
        <translation>正在向可靈取得您的音色和它的預設音色…</translation>
    </message>
    <message>
        <source>Your voices cannot be listed: {reason}</source>
        <translation>無法列出您的音色：{reason}</translation>
    </message>
    <message>
        <source>Your voices</source>
        <translation>您的音色</translation>
    </message>
    <message>
        <source>None yet: drop a recording in a character&apos;s Kling voice, then press Make Kling Voice.</source>
        <translation>還沒有：把一段錄音拖到角色的可靈音色處，再按「建立可靈音色」。</translation>
    </message>
    <message>
        <source>Kling&apos;s preset voices</source>
        <translation>可靈的預設音色</translation>
    </message>
    <message>
        <source>Kling preset voice, id {id}</source>
        <translation>可靈預設音色，ID {id}</translation>
    </message>
    <message>
        <source>Your voice, id {id}</source>
        <translation>您的音色，ID {id}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>Kling gave no reason</source>
        <translation>可靈未說明原因</translation>
    </message>
    <message>
        <source>still being made at Kling; it can be chosen once ready</source>
        <translation>可靈仍在生成；完成後即可選擇</translation>
    </message>
    <message>
        <source>not usable ({status})</source>
        <translation>不可用（{status}）</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <source>A voice (task {task})</source>
        <translation>一個音色（任務 {task}）</translation>
    </message>
    <message>
        <source>Fetching the sample of {name}…</source>
        <translation>正在取得「{name}」的試聽…</translation>
    </message>
    <message>
        <source>The sample of {name} cannot be fetched: {reason}</source>
        <translation>無法取得「{name}」的試聽：{reason}</translation>
    </message>
    <message>
        <source>Playing the sample of {name}.</source>
        <translation>正在播放「{name}」的試聽。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address</source>
        <translation>「{url}」不是網址</translation>
    </message>
    <message>
        <source>it is far larger than a short sample</source>
        <translation>它遠大於一段簡短的試聽</translation>
    </message>
    <message>
        <source>the link gave nothing</source>
        <translation>該連結沒有傳回任何內容</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>機位</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>aspect ratio</source>
        <translation>畫面比例</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>cuts</source>
        <translation>剪接</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>語氣</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>台詞</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>end</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>首幀</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>尾幀</translation>
    </message>
    <message>
        <source>lighting</source>
        <translation>燈光</translation>
    </message>
    <message>
        <source>line</source>
        <translation>台詞</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>運鏡</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>negative prompt</source>
        <translation>負面提示詞</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>prompt language</source>
        <translation>提示詞語言</translation>
    </message>
    <message>
        <source>references</source>
        <translation>參考圖</translation>
    </message>
    <message>
        <source>role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>size</source>
        <translation>景別</translation>
    </message>
    <message>
        <source>sketch</source>
        <translation>草圖</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可靈音色</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>wardrobe</source>
        <translation>服裝</translation>
    </message>
    <message>
        <source>shot {n}</source>
        <translation>鏡頭 {n}</translation>
    </message>
    <message>
        <source>character {n}</source>
        <translation>角色 {n}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>台詞 {n}</translation>
    </message>
    <message>
        <source>move {n}</source>
        <translation>運鏡 {n}</translation>
    </message>
    <message>
        <source>picture {n}</source>
        <translation>圖片 {n}</translation>
    </message>
    <message>
        <source>storyboard {n}</source>
        <translation>故事板 {n}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方法</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
</context>
<context>
    <name>ProblemsController</name>
    <message>
        <source>Problems ({errors}, {warnings})</source>
        <translation>問題（{errors}，{warnings}）</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 個警告</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Name the project</source>
        <translation>為專案命名</translation>
    </message>
    <message>
        <source>Could not copy the pictures and renders into {folder}: {reason}. Nothing was saved.</source>
        <translation>無法把圖片和渲染結果複製到 {folder}：{reason}。沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>ProjectTitle</name>
    <message>
        <source>Name the project</source>
        <translation>為專案命名</translation>
    </message>
    <message>
        <source>The project&apos;s title: on the PDF cover and in every export</source>
        <translation>專案標題：印在 PDF 封面和每個匯出檔案中</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Rename the project</source>
        <translation>重新命名專案</translation>
    </message>
</context>
<context>
    <name>PromptLanguageCombo</name>
    <message>
        <source>Prompt language</source>
        <translation>提示詞語言</translation>
    </message>
    <message>
        <source>Automatic writes the prompts in the language most of the storyboard&apos;s text is in; Chinese prompts use Chinese film terms and punctuation.</source>
        <translation>「自動」會用故事板中大部分文字所用的語言寫提示詞；中文提示詞使用中文影視術語和中文標點。</translation>
    </message>
    <message>
        <source>Change prompt language</source>
        <translation>更改提示詞語言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>自動：{language}</translation>
    </message>
</context>
<context>
    <name>PropRow</name>
    <message>
        <source>Send its 2–4 pictures (the first from the front) to your Kling account, which makes one element of them: the same look in every shot</source>
        <translation>把它的 2–4 張圖片（第一張為正面）傳送到你的可靈帳號，由其製作成一個主體：每個鏡頭裡外觀一致</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop following it; the next Make follows it again, it is not paid twice</source>
        <translation>停止追蹤；下次點擊建立會繼續追蹤，不會重複付費</translation>
    </message>
    <message>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>place</source>
        <translation>場景</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <source>1 picture, in shot {shots}</source>
        <translation>1 張圖片，在鏡頭 {shots}</translation>
    </message>
    <message>
        <source>{count} pictures, in shots {shots}</source>
        <translation>{count} 張圖片，在鏡頭 {shots}</translation>
    </message>
</context>
<context>
    <name>PropsPanel</name>
    <message>
        <source>Name a product or place picture in a shot&apos;s References (e.g. “the espresso machine”). The same name in several shots is one thing; with 2–4 pictures it can become a Kling element, the same look in every shot (Kling 3.0 and 3.0 Omni; other models get the pictures).</source>
        <translation>在鏡頭的參考圖裡為產品或場景圖片取個名稱（例如「咖啡機」）。多個鏡頭裡同名的就是同一個東西；有 2–4 張圖片時可以做成可靈主體，每個鏡頭裡外觀一致（可靈 3.0 與 3.0 Omni；其他模型收到的是圖片）。</translation>
    </message>
    <message>
        <source>No named products or places in this storyboard.</source>
        <translation>本分鏡中沒有已命名的產品或場景。</translation>
    </message>
    <message>
        <source>1 product or place picture has no name: it goes as a plain picture.</source>
        <translation>1 張產品或場景圖片沒有名稱：它將作為一般圖片傳送。</translation>
    </message>
    <message>
        <source>{count} product or place pictures have no name: they go as plain pictures.</source>
        <translation>{count} 張產品或場景圖片沒有名稱：它們將作為一般圖片傳送。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReferenceTray</name>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪貼簿中沒有圖片。</translation>
    </message>
    <message>
        <source>The role a picture gets when it is dropped or pasted here</source>
        <translation>拖放或貼上到這裡的圖片所代表的內容</translation>
    </message>
    <message>
        <source>New pictures show</source>
        <translation>新圖片代表</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Add the image on the clipboard (Ctrl+V while the tray has focus)</source>
        <translation>加入剪貼簿中的圖片（焦點在此區域時按 Ctrl+V）</translation>
    </message>
    <message>
        <source>Drop pictures
here</source>
        <translation>把圖片
拖放到這裡</translation>
    </message>
    <message>
        <source>{used} of {n} reference</source>
        <translation>{used} / {n} 張參考圖</translation>
    </message>
    <message>
        <source>{used} of {n} references</source>
        <translation>{used} / {n} 張參考圖</translation>
    </message>
    <message>
        <source>{picture}
Drag onto another shot to use it there too.</source>
        <translation>{picture}
拖到另一個鏡頭上，也可在那裡使用。</translation>
    </message>
    <message>
        <source>What this picture stands for</source>
        <translation>這張圖片代表的內容</translation>
    </message>
    <message>
        <source>Remove this reference</source>
        <translation>移除這張參考圖</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>取個名稱</translation>
    </message>
    <message>
        <source>What this picture shows, e.g. “the espresso machine”: the prompt calls it so. A product or place with the same name in several shots is one thing, which can become a Kling element (Storyboard tab, Props and places).</source>
        <translation>這張圖片呈現的是什麼，例如「咖啡機」：提示詞裡就這樣稱呼它。多個鏡頭裡同名的產品或場景是同一個東西，可以做成可靈主體（分鏡分頁 ▸ 道具與場景）。</translation>
    </message>
    <message>
        <source>This shot already has {most} reference images, the most it can take.</source>
        <translation>此鏡頭已有 {most} 張參考圖，已達上限。</translation>
    </message>
    <message>
        <source>Only {n} more reference image fits; {left} not added.</source>
        <translation>只能再放 {n} 張參考圖；{left} 張未加入。</translation>
    </message>
    <message>
        <source>Only {n} more reference images fit; {left} not added.</source>
        <translation>只能再放 {n} 張參考圖；{left} 張未加入。</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Resolution of previs renders</source>
        <translation>預演渲染的解析度</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>請先儲存</translation>
    </message>
    <message>
        <source>Save the project first: renders are kept in its renders folder.</source>
        <translation>請先儲存專案：渲染結果儲存在專案的 renders 資料夾中。</translation>
    </message>
    <message>
        <source>This storyboard has no shots to render.</source>
        <translation>此故事板沒有可渲染的鏡頭。</translation>
    </message>
    <message>
        <source>Rendering “{name}”…</source>
        <translation>正在渲染「{name}」…</translation>
    </message>
    <message>
        <source>Save the project first: results are downloaded into its renders folder.</source>
        <translation>請先儲存專案：結果會下載到專案的 renders 資料夾中。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Sent “{name}” to Kling.</source>
        <translation>已把「{name}」傳送到可靈。</translation>
    </message>
    <message>
        <source>Render not moved</source>
        <translation>渲染結果未移動</translation>
    </message>
    <message>
        <source>The previs could not be moved into the project: {reason}. It stays at {file}.</source>
        <translation>預演無法移入專案：{reason}。它仍在 {file}。</translation>
    </message>
    <message>
        <source>“{name}” is rendered</source>
        <translation>「{name}」已渲染完成</translation>
    </message>
    <message>
        <source>Render failed: {reason}</source>
        <translation>渲染失敗：{reason}</translation>
    </message>
    <message>
        <source>“{name}” failed</source>
        <translation>「{name}」失敗</translation>
    </message>
</context>
<context>
    <name>RenderServices</name>
    <message>
        <source>Save first</source>
        <translation>請先儲存</translation>
    </message>
    <message>
        <source>Save the project first: a service&apos;s results are downloaded into its renders folder. Render ▸ Render Previs (Ctrl+R) works before saving.</source>
        <translation>請先儲存專案：服務的結果會下載到它的 renders 資料夾。渲染 ▸ 渲染預演（Ctrl+R）在儲存前也可以使用。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送出</translation>
    </message>
    <message>
        <source>Sent “{name}” to {service}.</source>
        <translation>已將「{name}」送到 {service}。</translation>
    </message>
</context>
<context>
    <name>SamplePlayer</name>
    <message>
        <source>The sound cannot be played: {reason}</source>
        <translation>無法播放聲音：{reason}</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Overwrite it with this window&apos;s version?</source>
        <translation>用此視窗中的版本覆寫它嗎？</translation>
    </message>
    <message>
        <source>Saved by another window</source>
        <translation>已被另一個視窗儲存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
</context>
<context>
    <name>ScriptImportDialog</name>
    <message>
        <source>{n} note</source>
        <translation>{n} 則備註</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 則備註</translation>
    </message>
    <message>
        <source>{n} boneyard block</source>
        <translation>{n} 個廢稿段落</translation>
    </message>
    <message>
        <source>{n} boneyard blocks</source>
        <translation>{n} 個廢稿段落</translation>
    </message>
    <message>
        <source>{n} section</source>
        <translation>{n} 個章節</translation>
    </message>
    <message>
        <source>{n} sections</source>
        <translation>{n} 個章節</translation>
    </message>
    <message>
        <source>{n} synopsis</source>
        <translation>{n} 條梗概</translation>
    </message>
    <message>
        <source>{n} synopses</source>
        <translation>{n} 條梗概</translation>
    </message>
    <message>
        <source>{n} page break</source>
        <translation>{n} 個分頁符號</translation>
    </message>
    <message>
        <source>{n} page breaks</source>
        <translation>{n} 個分頁符號</translation>
    </message>
    <message>
        <source>{n} title page field</source>
        <translation>{n} 個標題頁欄位</translation>
    </message>
    <message>
        <source>{n} title page fields</source>
        <translation>{n} 個標題頁欄位</translation>
    </message>
    <message>
        <source>{n} script note</source>
        <translation>{n} 條劇本註解</translation>
    </message>
    <message>
        <source>{n} script notes</source>
        <translation>{n} 條劇本註解</translation>
    </message>
    <message>
        <source>{n} scene summary</source>
        <translation>{n} 條場景摘要</translation>
    </message>
    <message>
        <source>{n} scene summaries</source>
        <translation>{n} 條場景摘要</translation>
    </message>
    <message>
        <source>{n} act marker</source>
        <translation>{n} 個幕標記</translation>
    </message>
    <message>
        <source>{n} act markers</source>
        <translation>{n} 個幕標記</translation>
    </message>
    <message>
        <source>{n} cast list</source>
        <translation>{n} 份演員表</translation>
    </message>
    <message>
        <source>{n} cast lists</source>
        <translation>{n} 份演員表</translation>
    </message>
    <message>
        <source>notes to the writer are not shots</source>
        <translation>寫給編劇的註解不是鏡頭</translation>
    </message>
    <message>
        <source>the writer took it out of the script (/* … */)</source>
        <translation>編劇已把它從劇本中刪去（/* … */）</translation>
    </message>
    <message>
        <source>sections organise the script; they are not on screen</source>
        <translation>章節用於組織劇本，不出現在畫面上</translation>
    </message>
    <message>
        <source>synopses describe the script; they are not on screen</source>
        <translation>梗概用於描述劇本，不出現在畫面上</translation>
    </message>
    <message>
        <source>page breaks are layout</source>
        <translation>分頁符號只是排版</translation>
    </message>
    <message>
        <source>title page fields other than the title are not on screen</source>
        <translation>標題頁中除標題外的欄位不出現在畫面上</translation>
    </message>
    <message>
        <source>Final Draft script notes are not shots</source>
        <translation>Final Draft 的劇本註解不是鏡頭</translation>
    </message>
    <message>
        <source>Final Draft scene summaries are not shots</source>
        <translation>Final Draft 的場景摘要不是鏡頭</translation>
    </message>
    <message>
        <source>act markers organise the script; they are not on screen</source>
        <translation>幕標記用於組織劇本，不出現在畫面上</translation>
    </message>
    <message>
        <source>the cast list is not on screen</source>
        <translation>演員表不出現在畫面上</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>段落號</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>匯入「{title}」</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>場景</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>說話者</translation>
    </message>
    <message>
        <source>Each scene becomes storyboards of at most 6 shots and 15 s: an establishing shot, then a shot per action, camera direction and speech, timed by reading time and cut between beats. Untick the scenes to leave out.</source>
        <translation>每個場景會變成若干故事板，每個最多 6 個鏡頭、15 秒：先是一個定場鏡頭，然後每個動作、鏡頭指示和台詞各一個鏡頭，長度依閱讀時間計算，在節拍之間切換。取消勾選不需要的場景。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Skipped, no shots made of these ({unit})</source>
        <translation>已略過，未產生鏡頭的內容（{unit}）</translation>
    </message>
    <message>
        <source>Why, and what it said</source>
        <translation>原因及原文</translation>
    </message>
    <message>
        <source>Nothing skipped: every line of the script is in a shot.</source>
        <translation>沒有略過任何內容：劇本的每一行都在鏡頭裡。</translation>
    </message>
    <message>
        <source>No scene ticked: nothing will be imported.</source>
        <translation>沒有勾選任何場景：不會匯入任何內容。</translation>
    </message>
    <message>
        <source>Prologue</source>
        <translation>開場</translation>
    </message>
    <message>
        <source>Scene {number} · {heading}</source>
        <translation>場景 {number} · {heading}</translation>
    </message>
    <message>
        <source>{n} storyboard</source>
        <translation>{n} 個故事板</translation>
    </message>
    <message>
        <source>{n} storyboards</source>
        <translation>{n} 個故事板</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} 個角色</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 個字元</translation>
    </message>
    <message>
        <source>{n} line of dialogue</source>
        <translation>{n} 句台詞</translation>
    </message>
    <message>
        <source>{n} lines of dialogue</source>
        <translation>{n} 句台詞</translation>
    </message>
    <message>
        <source>{n} scene</source>
        <translation>{n} 個場景</translation>
    </message>
    <message>
        <source>{n} scenes</source>
        <translation>{n} 個場景</translation>
    </message>
    <message>
        <source>Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes} and the prologue.</source>
        <translation>將產生 {storyboards}、{shots}、{characters}、{lines}，來自 {scenes}及開場部分。</translation>
    </message>
    <message>
        <source>Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes}.</source>
        <translation>將產生 {storyboards}、{shots}、{characters}、{lines}，來自 {scenes}。</translation>
    </message>
</context>
<context>
    <name>SequenceController</name>
    <message>
        <source>Sequence: {names}</source>
        <translation>序列：{names}</translation>
    </message>
    <message>
        <source>Cannot play the sequence</source>
        <translation>無法播放序列</translation>
    </message>
    <message>
        <source>Joining the active takes…</source>
        <translation>正在拼接當前選用的成片…</translation>
    </message>
    <message>
        <source>Use frame as first frame</source>
        <translation>將畫面用作首幀</translation>
    </message>
    <message>
        <source>No frame</source>
        <translation>沒有畫面</translation>
    </message>
    <message>
        <source>Chain to next storyboard</source>
        <translation>銜接到下一個故事板</translation>
    </message>
    <message>
        <source>Cannot chain</source>
        <translation>無法銜接</translation>
    </message>
</context>
<context>
    <name>ServiceAccounts</name>
    <message>
        <source>Local previs</source>
        <translation>本機預演</translation>
    </message>
    <message>
        <source>Kling</source>
        <translation>可靈</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep it in, so the app can use it until it closes.</source>
        <translation>這台電腦沒有可保存它的鑰匙圈，所以應用程式只能在關閉前使用它。</translation>
    </message>
    <message>
        <source>Using the key set for this computer in {variable}; it is used instead of a key saved here.</source>
        <translation>正在使用本機 {variable} 中設定的金鑰；它優先於這裡保存的金鑰。</translation>
    </message>
    <message>
        <source>Using the key kept in this computer&apos;s keychain.</source>
        <translation>正在使用本機鑰匙圈中保存的金鑰。</translation>
    </message>
    <message>
        <source>Using the key you entered, until the app closes.</source>
        <translation>正在使用你輸入的金鑰，直到應用程式關閉。</translation>
    </message>
    <message>
        <source>No account needed.</source>
        <translation>無需帳戶。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key in. The app can use it until it closes; you will enter it again next time.</source>
        <translation>這台電腦沒有可保存金鑰的鑰匙圈。應用程式可以在關閉前使用它；下次需要重新輸入。</translation>
    </message>
    <message>
        <source>Saved; the key is in this computer&apos;s keychain.</source>
        <translation>已儲存；金鑰在本機鑰匙圈中。</translation>
    </message>
    <message>
        <source>Not connected: no answer from {service} in {seconds} s.</source>
        <translation>未連線：{service} 在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未連線：{reason}</translation>
    </message>
    <message>
        <source>Not connected: secure connections cannot be set up ({error}).</source>
        <translation>未連線：無法建立安全連線（{error}）。</translation>
    </message>
    <message>
        <source>Connected: {service} accepts this key. It may not show the account&apos;s balance (a key for running models only).</source>
        <translation>已連線：{service} 接受此金鑰。它可能無權顯示帳戶餘額（僅用於執行模型的金鑰）。</translation>
    </message>
    <message>
        <source>Connected to {service} as {account}; credit left: {balance}.</source>
        <translation>已以 {account} 身分連線到 {service}；剩餘額度：{balance}。</translation>
    </message>
    <message>
        <source>Connected to {service} as {account}.</source>
        <translation>已以 {account} 身分連線到 {service}。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no longer followed; {service} was not asked to stop (no key)</source>
        <translation>不再追蹤；未請求 {service} 停止（沒有金鑰）</translation>
    </message>
    <message>
        <source>{n} {service} job(s) wait to be resumed: {reason}</source>
        <translation>{n} 個 {service} 任務等待恢復：{reason}</translation>
    </message>
    <message>
        <source>{service} jobs stopped: {reason}</source>
        <translation>{service} 任務已停止：{reason}</translation>
    </message>
    <message>
        <source>{service} did not accept the key. Check it here.</source>
        <translation>{service} 不接受此金鑰。請在這裡檢查。</translation>
    </message>
    <message>
        <source>{service} refused for billing reasons: add credit or a payment method on the service&apos;s website.</source>
        <translation>{service} 因計費原因拒絕：請在該服務的網站上儲值或新增付款方式。</translation>
    </message>
    <message>
        <source>{service}&apos;s content check blocked the request.</source>
        <translation>{service} 的內容審核攔截了此請求。</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests may be sent; try again in a minute.</source>
        <translation>{service} 正在限制請求頻率；請一分鐘後再試。</translation>
    </message>
    <message>
        <source>{service} had a server problem; try again later.</source>
        <translation>{service} 的伺服器出了問題；請稍後再試。</translation>
    </message>
    <message>
        <source>{service} cannot be reached: check the internet connection.</source>
        <translation>無法連線到 {service}：請檢查網路連線。</translation>
    </message>
</context>
<context>
    <name>ServiceSubmitDialog</name>
    <message>
        <source>{service} — add a key in Accounts</source>
        <translation>{service} — 請在「帳戶」中新增金鑰</translation>
    </message>
    <message>
        <source>Render With</source>
        <translation>渲染服務</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>帳戶…</translation>
    </message>
    <message>
        <source>Add or check the keys of each service</source>
        <translation>新增或檢查各服務的金鑰</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Cannot take</source>
        <translation>無法採用</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>新增金鑰…</translation>
    </message>
    <message>
        <source>Open Render ▸ Accounts… on the chosen service&apos;s page</source>
        <translation>開啟「渲染 ▸ 帳戶…」中所選服務的頁面</translation>
    </message>
    <message>
        <source>Render shot by shot: one request per shot, joined into one take</source>
        <translation>逐鏡頭渲染：每個鏡頭一個請求，拼接成一個成片</translation>
    </message>
    <message>
        <source>For storyboards whose middle shots have their own first or last frames, which one multi-shot request cannot carry. Each shot must be a length the model renders alone.</source>
        <translation>適用於中間鏡頭有自己首幀或尾幀的故事板，一個多鏡頭請求無法攜帶這些幀。每個鏡頭的長度必須是模型可單獨渲染的長度。</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Render with</source>
        <translation>渲染方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>預設行為</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>“{name}”: {shots}, {seconds} s, {sound}.</source>
        <translation>「{name}」：{shots}，{seconds} 秒，{sound}。</translation>
    </message>
    <message>
        <source>with sound</source>
        <translation>有聲</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>無聲</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>Shot lengths are sent rounded to whole seconds.</source>
        <translation>鏡頭時長四捨五入為整秒後送出。</translation>
    </message>
    <message>
        <source>Takes everything in this storyboard.</source>
        <translation>可採用此分鏡中的全部內容。</translation>
    </message>
    <message>
        <source>No {service} key yet: add one to send this storyboard there.</source>
        <translation>尚無 {service} 金鑰：新增後才能將此分鏡送至該服務。</translation>
    </message>
    <message>
        <source>{service} cannot take this storyboard as it stands: see the lines in red under Cannot take.</source>
        <translation>{service} 無法按現狀採用此分鏡：請看「無法採用」下的紅色內容。</translation>
    </message>
    <message>
        <source>free: rendered on this computer</source>
        <translation>免費：在這台電腦上渲染</translation>
    </message>
    <message>
        <source>An animatic of your boards and words, not a generated video; missing pictures become title cards.</source>
        <translation>用你的畫面和文字做成的動態預演，不是生成的影片；缺少的圖片會變成字幕卡。</translation>
    </message>
    <message>
        <source>No price known for this combination.</source>
        <translation>此組合的價格未知。</translation>
    </message>
    <message>
        <source>Kling&apos;s own API takes the storyboard as the app writes it.</source>
        <translation>可靈自己的 API 會按應用程式寫出的內容完整採用故事板。</translation>
    </message>
    <message>
        <source>{seconds} s × ${rate}/s ≈ ${usd}</source>
        <translation>{seconds} 秒 × 每秒 ${rate} ≈ ${usd}</translation>
    </message>
    <message>
        <source>Price not known: {service} does not publish one we could confirm.</source>
        <translation>價格未知：{service} 沒有公布我們能確認的價格。</translation>
    </message>
    <message>
        <source>takes everything</source>
        <translation>全部可採用</translation>
    </message>
    <message>
        <source>cannot be sent ({n})</source>
        <translation>無法送出（{n}）</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>{n} 項不送出</translation>
    </message>
    <message>
        <source>{service} adds sound unless told not to; this storyboard is sent {sound}.</source>
        <translation>{service} 預設產生聲音；此故事板將以「{sound}」送出。</translation>
    </message>
    <message>
        <source>{service} is silent unless told otherwise; this storyboard is sent {sound}.</source>
        <translation>{service} 預設無聲；此故事板將以「{sound}」送出。</translation>
    </message>
    <message>
        <source>The picture&apos;s shape comes from the first frame; the storyboard&apos;s {ratio} is not sent.</source>
        <translation>畫面比例取自首幀；故事板的 {ratio} 不會送出。</translation>
    </message>
    <message>
        <source>No price is known for this combination, so it is not sent.</source>
        <translation>此組合的價格未知，因此不會送出。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>The new language applies when you start the app again.</source>
        <translation>新的語言將在下次啟動應用程式時生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Settings saved. A new language applies when you start the app again.</source>
        <translation>設定已儲存。新的語言將在下次啟動應用程式時生效。</translation>
    </message>
</context>
<context>
    <name>ShotInspector</name>
    <message>
        <source>Change shot size</source>
        <translation>更改景別</translation>
    </message>
    <message>
        <source>Change angle</source>
        <translation>更改機位角度</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Who or what is in the frame</source>
        <translation>畫面中的人或物</translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation>編輯主體</translation>
    </message>
    <message>
        <source>What happens in the shot</source>
        <translation>鏡頭中發生的事</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>編輯動作</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>角色名，用逗號分隔</translation>
    </message>
    <message>
        <source>Edit characters in shot</source>
        <translation>編輯鏡頭中的角色</translation>
    </message>
    <message>
        <source>Edit camera moves</source>
        <translation>編輯運鏡</translation>
    </message>
    <message>
        <source>rain, distant siren, …</source>
        <translation>雨聲, 遠處的警笛, …</translation>
    </message>
    <message>
        <source>Edit sound tags</source>
        <translation>編輯音效</translation>
    </message>
    <message>
        <source>Change reference images</source>
        <translation>更改參考圖</translation>
    </message>
    <message>
        <source>Set first frame</source>
        <translation>設定首幀</translation>
    </message>
    <message>
        <source>Set last frame</source>
        <translation>設定尾幀</translation>
    </message>
    <message>
        <source>Swap the first and last frames</source>
        <translation>交換首幀和尾幀</translation>
    </message>
    <message>
        <source>For the crew: not sent to the model</source>
        <translation>給劇組看的：不會傳送給模型</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景別</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>機位</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First and last frame</source>
        <translation>首幀和尾幀</translation>
    </message>
    <message>
        <source>References</source>
        <translation>參考圖</translation>
    </message>
    <message>
        <source>From the character bible</source>
        <translation>來自角色設定</translation>
    </message>
    <message>
        <source>Camera moves</source>
        <translation>運鏡</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台詞</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Compiled prompt</source>
        <translation>產生的提示詞</translation>
    </message>
    <message>
        <source>{model} renders whole seconds</source>
        <translation>{model} 只渲染整秒</translation>
    </message>
    <message>
        <source>{model} renders steps of {step} s</source>
        <translation>{model} 以 {step} 秒為單位渲染</translation>
    </message>
    <message>
        <source>the storyboard may last {total} s in all on {model}</source>
        <translation>在 {model} 上故事板總長最多 {total} 秒</translation>
    </message>
    <message>
        <source>a shot lasts at least {least} s on {model}</source>
        <translation>在 {model} 上每個鏡頭至少 {least} 秒</translation>
    </message>
    <message>
        <source>{typed} s became {duration} s: {why}.</source>
        <translation>{typed} 秒改為 {duration} 秒：{why}。</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改時長</translation>
    </message>
    <message>
        <source>Edit dialogue</source>
        <translation>編輯台詞</translation>
    </message>
    <message>
        <source>Swap frames</source>
        <translation>交換首尾幀</translation>
    </message>
    <message>
        <source>No shot selected</source>
        <translation>未選取鏡頭</translation>
    </message>
    <message>
        <source>Shot {number} of {total}</source>
        <translation>鏡頭 {number} / 共 {total} 個</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} 個字元</translation>
    </message>
</context>
<context>
    <name>ShotPreview</name>
    <message>
        <source>The shot&apos;s picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play.</source>
        <translation>鏡頭的畫面。渲染 ▸ 渲染預演（Ctrl+R）即可觀看故事板播放。</translation>
    </message>
    <message>
        <source>Render ▸ Render Previs (Ctrl+R) to watch it play.</source>
        <translation>渲染 ▸ 渲染預演（Ctrl+R）即可觀看播放。</translation>
    </message>
    <message>
        <source>SHOT {number} · {size} · {seconds} s</source>
        <translation>鏡頭 {number} · {size} · {seconds} 秒</translation>
    </message>
    <message>
        <source>{name}: &quot;{line}&quot;</source>
        <translation>{name}：「{line}」</translation>
    </message>
</context>
<context>
    <name>SketchDialog</name>
    <message>
        <source>Brush</source>
        <translation>畫筆</translation>
    </message>
    <message>
        <source>A pen whose width follows the tablet&apos;s pressure</source>
        <translation>筆畫粗細隨繪圖板壓力變化的畫筆</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>鉛筆</translation>
    </message>
    <message>
        <source>A thin pencil, darker as you press</source>
        <translation>細鉛筆，用力越大顏色越深</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Erase the sketch (not the underlay)</source>
        <translation>擦除草圖（不擦底圖）</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭號</translation>
    </message>
    <message>
        <source>Drag to draw an arrow (a move, an action) on the notes layer</source>
        <translation>拖曳在標註層上畫箭號（表示運鏡或動作）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>Click to place the note&apos;s words on the notes layer</source>
        <translation>點擊把標註文字放到標註層上</translation>
    </message>
    <message>
        <source>ink</source>
        <translation>墨黑</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>深灰</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中灰</translation>
    </message>
    <message>
        <source>light</source>
        <translation>淺灰</translation>
    </message>
    <message>
        <source>red</source>
        <translation>紅色</translation>
    </message>
    <message>
        <source>Tone: {tone}</source>
        <translation>色調：{tone}</translation>
    </message>
    <message>
        <source>Words for the Note tool</source>
        <translation>標註工具的文字</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Underlay (the shot&apos;s picture or blocking frame):</source>
        <translation>底圖（鏡頭的畫面或走位示意圖）：</translation>
    </message>
    <message>
        <source>Keep it in the board</source>
        <translation>保留在畫板中</translation>
    </message>
    <message>
        <source>The board&apos;s picture shows the underlay under the drawing</source>
        <translation>畫板的畫面會在繪圖下方顯示底圖</translation>
    </message>
    <message>
        <source>Onion skin (previous shot&apos;s board)</source>
        <translation>洋蔥皮（上一個鏡頭的畫板）</translation>
    </message>
    <message>
        <source>Also send the board as the shot&apos;s first frame (a sketch steers the render&apos;s style: the video starts from this drawing)</source>
        <translation>同時把畫板作為鏡頭的首幀傳送（草圖會影響渲染風格：影片將從這張畫開始）</translation>
    </message>
    <message>
        <source>Line {weight} px ([ ])  Tone: {tone}</source>
        <translation>線寬 {weight} 像素（[ ]）  色調：{tone}</translation>
    </message>
    <message>
        <source>Select a shot to sketch its board.</source>
        <translation>請先選擇一個鏡頭再繪製畫板。</translation>
    </message>
    <message>
        <source>Save the project first: a board is saved into its folder.</source>
        <translation>請先儲存專案：畫板儲存在專案資料夾中。</translation>
    </message>
    <message>
        <source>Shot {number}&apos;s board cannot be opened: {reason}</source>
        <translation>無法開啟鏡頭 {number} 的畫板：{reason}</translation>
    </message>
    <message>
        <source>Sketch — Shot {number} of “{name}”</source>
        <translation>繪製 — 「{name}」的鏡頭 {number}</translation>
    </message>
    <message>
        <source>Saving the board…</source>
        <translation>正在儲存畫板…</translation>
    </message>
    <message>
        <source>Sketch board</source>
        <translation>繪製畫板</translation>
    </message>
    <message>
        <source>Board saved: it is the shot&apos;s picture.</source>
        <translation>畫板已儲存：它現在是鏡頭的畫面。</translation>
    </message>
    <message>
        <source>The board could not be saved: {reason}.</source>
        <translation>畫板無法儲存：{reason}。</translation>
    </message>
    <message>
        <source>The board could not be saved: {reason}. It is open again with every stroke: save it once that is fixed, or cancel to drop it.</source>
        <translation>畫板無法儲存：{reason}。它已帶著所有筆畫重新開啟：問題解決後再儲存，或點取消放棄它。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
</context>
<context>
    <name>StoryboardList</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a storyboard after this one</source>
        <translation>在此故事板之後新增一個故事板</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy this storyboard</source>
        <translation>複製此故事板</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete this storyboard</source>
        <translation>刪除此故事板</translation>
    </message>
    <message>
        <source>Drag to reorder. A project plays its storyboards in this order.</source>
        <translation>拖曳可調整順序。專案依此順序播放各故事板。</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{name}
{shots} · {seconds} s · {model}</source>
        <translation>{name}
{shots} · {seconds} 秒 · {model}</translation>
    </message>
    <message>
        <source>Reorder storyboards</source>
        <translation>調整故事板順序</translation>
    </message>
    <message>
        <source>Add storyboard</source>
        <translation>新增故事板</translation>
    </message>
    <message>
        <source>Duplicate storyboard</source>
        <translation>複製故事板</translation>
    </message>
    <message>
        <source>Delete storyboard</source>
        <translation>刪除故事板</translation>
    </message>
</context>
<context>
    <name>StoryboardPdf</name>
    <message>
        <source>Shot</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景別</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>機位</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>運鏡</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台詞</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{n} storyboard</source>
        <translation>{n} 個故事板</translation>
    </message>
    <message>
        <source>{n} storyboards</source>
        <translation>{n} 個故事板</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>Characters: {names}</source>
        <translation>角色：{names}</translation>
    </message>
    <message>
        <source>Storyboard {number} of {count}</source>
        <translation>故事板 {number}/{count}</translation>
    </message>
    <message>
        <source>Shot {number} (continued)</source>
        <translation>鏡頭 {number}（續）</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然後</translation>
    </message>
    <message>
        <source>{name}: “{line}”</source>
        <translation>{name}：「{line}」</translation>
    </message>
    <message>
        <source>Shot {number}</source>
        <translation>鏡頭 {number}</translation>
    </message>
    <message>
        <source>(at {start} s)</source>
        <translation>（從第 {start} 秒起）</translation>
    </message>
    <message>
        <source>Camera: {moves}</source>
        <translation>運鏡：{moves}</translation>
    </message>
    <message>
        <source>Sound: {sound}</source>
        <translation>音效：{sound}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>備註：{notes}</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>鏡頭表</translation>
    </message>
    <message>
        <source>Shot list (continued)</source>
        <translation>鏡頭表（續）</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>made from your pictures and words</source>
        <translation>根據你的圖片和文字產生</translation>
    </message>
    <message>
        <source>made from its first frame and your words</source>
        <translation>根據首幀和你的文字產生</translation>
    </message>
    <message>
        <source>Render with Kling</source>
        <translation>用可靈渲染</translation>
    </message>
    <message>
        <source>Render shot by shot: one request per shot, joined into one take</source>
        <translation>逐鏡頭渲染：每個鏡頭一個請求，拼接成一個成片</translation>
    </message>
    <message>
        <source>For storyboards whose middle shots have their own first or last frames, which one multi-shot request cannot carry. Each shot must be a length the model renders alone.</source>
        <translation>適用於中間鏡頭有自己首幀或尾幀的故事板，一個多鏡頭請求無法攜帶這些幀。每個鏡頭的長度必須是模型可單獨渲染的長度。</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Shot by shot is not possible: {reason}</source>
        <translation>無法逐鏡頭渲染：{reason}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>“{name}”: {shots}, {seconds} s, {sound}, {made} by {model}.</source>
        <translation>「{name}」：{shots}，{seconds} 秒，{sound}，由 {model} {made}。</translation>
    </message>
    <message>
        <source>with sound</source>
        <translation>有聲</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>無聲</translation>
    </message>
    <message>
        <source>made from your words</source>
        <translation>根據你的文字產生</translation>
    </message>
    <message>
        <source>No price known for this combination.</source>
        <translation>此組合的價格未知。</translation>
    </message>
    <message>
        <source>{model}: up to {shots} shots, {least}–{most} s in whole seconds, {characters} characters a shot prompt, images JPEG/PNG ≤ 10 MB and ≥ 300 px, {images} images a request.</source>
        <translation>{model}：最多 {shots} 個鏡頭，{least}–{most} 秒（整秒），每個鏡頭提示詞 {characters} 字，圖片為 JPEG/PNG、≤ 10 MB 且 ≥ 300 像素，每個請求 {images} 張圖片。</translation>
    </message>
</context>
<context>
    <name>SystemCheck</name>
    <message>
        <source>espeak-ng, so previs renders will be silent</source>
        <translation>espeak-ng，因此預演渲染將沒有聲音</translation>
    </message>
    <message>
        <source>a Chinese/Japanese font, so such text shows as boxes</source>
        <translation>中文/日文字型，因此這類文字會顯示為方框</translation>
    </message>
    <message>
        <source>Missing on this computer: {missing}. Install with: sudo apt install {packages} (Debian, Ubuntu; other systems have packages of the same names).</source>
        <translation>這台電腦缺少：{missing}。安裝方法：sudo apt install {packages}（Debian、Ubuntu；其他系統也有同名套件）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>sound output</source>
        <translation>聲音輸出</translation>
    </message>
    <message>
        <source>no sound output device: renders play silently (is PulseAudio or PipeWire running?)</source>
        <translation>沒有聲音輸出裝置：渲染結果播放時沒有聲音（PulseAudio 或 PipeWire 是否在執行？）</translation>
    </message>
    <message>
        <source>wrote a 1 s H.264/AAC test clip ({bytes} bytes)</source>
        <translation>已寫入 1 秒的 H.264/AAC 測試片段（{bytes} 位元組）</translation>
    </message>
    <message>
        <source>no test clip to play (writing video failed)</source>
        <translation>沒有可播放的測試片段（寫入影片失敗）</translation>
    </message>
    <message>
        <source>QMediaPlayer showed {frames} frames ({error})</source>
        <translation>QMediaPlayer 顯示了 {frames} 個影格（{error}）</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>無錯誤訊息</translation>
    </message>
    <message>
        <source>with its audio track</source>
        <translation>含音軌</translation>
    </message>
    <message>
        <source>no audio track found</source>
        <translation>未找到音軌</translation>
    </message>
    <message>
        <source>QMediaPlayer showed {frames} frames, {audio}; {decoders} video decoders</source>
        <translation>QMediaPlayer 顯示了 {frames} 個影格，{audio}；{decoders} 個影片解碼器</translation>
    </message>
    <message>
        <source>loaded the certificate authorities ({bundle})</source>
        <translation>已載入憑證授權單位（{bundle}）</translation>
    </message>
    <message>
        <source>video writing (PyAV)</source>
        <translation>寫入影片（PyAV）</translation>
    </message>
    <message>
        <source>video playback (QtMultimedia)</source>
        <translation>播放影片（QtMultimedia）</translation>
    </message>
    <message>
        <source>HTTPS certificates</source>
        <translation>HTTPS 憑證</translation>
    </message>
    <message>
        <source>espeak-ng (spoken dialogue)</source>
        <translation>espeak-ng（台詞配音）</translation>
    </message>
    <message>
        <source>not installed: previs renders are silent (install {package})</source>
        <translation>未安裝：預演渲染沒有聲音（請安裝 {package}）</translation>
    </message>
    <message>
        <source>Chinese/Japanese font</source>
        <translation>中文/日文字型</translation>
    </message>
    <message>
        <source>none: such text shows as boxes (install {package})</source>
        <translation>沒有：這類文字會顯示為方框（請安裝 {package}）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>{name}: {state}: {detail}</source>
        <translation>{name}：{state}：{detail}</translation>
    </message>
    <message>
        <source>Not working: {names}.</source>
        <translation>無法運作：{names}。</translation>
    </message>
</context>
<context>
    <name>TakesController</name>
    <message>
        <source>Delete take</source>
        <translation>刪除成片</translation>
    </message>
    <message>
        <source>Delete this take and its video file?</source>
        <translation>刪除此成片及其影片檔案嗎？</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <source>{service} {mode} · asked {asked} s</source>
        <translation>{service} {mode} · 要求 {asked} 秒</translation>
    </message>
    <message>
        <source>{service} {mode} · asked {asked} s, got {got} s</source>
        <translation>{service} {mode} · 要求 {asked} 秒，實得 {got} 秒</translation>
    </message>
    <message>
        <source> · free</source>
        <translation> · 免費</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>設為目前成片</translation>
    </message>
    <message>
        <source>The active take is the one the player and exports use</source>
        <translation>播放器和匯出使用的是目前成片</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Select two takes to watch them side by side</source>
        <translation>選擇兩個成片並排觀看</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete the take and its video file</source>
        <translation>刪除成片及其影片檔案</translation>
    </message>
    <message>
        <source>Render Again in Pro</source>
        <translation>用專業模式重新渲染</translation>
    </message>
    <message>
        <source>Send the same Kling request again in pro mode (1080p)</source>
        <translation>以專業模式（1080p）重新傳送同一個可靈請求</translation>
    </message>
    <message>
        <source>No takes yet: every finished render of this storyboard lands here.</source>
        <translation>還沒有成片：此故事板每次完成的渲染都會出現在這裡。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>pan L</source>
        <translation>左搖</translation>
    </message>
    <message>
        <source>pan R</source>
        <translation>右搖</translation>
    </message>
    <message>
        <source>tilt U</source>
        <translation>上搖</translation>
    </message>
    <message>
        <source>tilt D</source>
        <translation>下搖</translation>
    </message>
    <message>
        <source>truck L</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>truck R</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>pedestal U</source>
        <translation>升</translation>
    </message>
    <message>
        <source>pedestal D</source>
        <translation>降</translation>
    </message>
    <message>
        <source>crane U</source>
        <translation>搖臂升</translation>
    </message>
    <message>
        <source>crane D</source>
        <translation>搖臂降</translation>
    </message>
    <message>
        <source>dolly in</source>
        <translation>推</translation>
    </message>
    <message>
        <source>dolly out</source>
        <translation>拉</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>變焦推</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>變焦拉</translation>
    </message>
    <message>
        <source>roll clockwise</source>
        <translation>順時針旋轉</translation>
    </message>
    <message>
        <source>roll counterclockwise</source>
        <translation>逆時針旋轉</translation>
    </message>
    <message>
        <source>orbit L</source>
        <translation>左環繞</translation>
    </message>
    <message>
        <source>orbit R</source>
        <translation>右環繞</translation>
    </message>
    <message>
        <source>tracking forward</source>
        <translation>跟拍前進</translation>
    </message>
    <message>
        <source>tracking backward</source>
        <translation>跟拍後退</translation>
    </message>
    <message>
        <source>tracking L</source>
        <translation>左跟</translation>
    </message>
    <message>
        <source>tracking R</source>
        <translation>右跟</translation>
    </message>
    <message>
        <source>rack-focus in</source>
        <translation>焦點移前</translation>
    </message>
    <message>
        <source>rack-focus out</source>
        <translation>焦點移後</translation>
    </message>
    <message>
        <source>dolly-zoom in</source>
        <translation>希區考克推</translation>
    </message>
    <message>
        <source>dolly-zoom out</source>
        <translation>希區考克拉</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>備註 {number}</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} 則備註</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 則備註</translation>
    </message>
    <message>
        <source>one take, Kling cuts · {notes}</source>
        <translation>一鏡到底，由可靈剪輯 · {notes}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 個鏡頭</translation>
    </message>
    <message>
        <source>{total} s of {limit} s · {parts}</source>
        <translation>{total} 秒 / {limit} 秒 · {parts}</translation>
    </message>
</context>
<context>
    <name>VoiceSlot</name>
    <message>
        <source>Drop a 5–30 s recording of one voice (.mp3 .wav .mp4 .mov)</source>
        <translation>拖放一段 5–30 秒的單人錄音（.mp3 .wav .mp4 .mov）</translation>
    </message>
    <message>
        <source>Preset voice id</source>
        <translation>預設音色 ID</translation>
    </message>
    <message>
        <source>Kling preset voice id (or drop a recording below)</source>
        <translation>可靈預設音色 ID（或在下方拖放錄音）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>播放錄音</translation>
    </message>
    <message>
        <source>Forget the recording</source>
        <translation>移除錄音</translation>
    </message>
    <message>
        <source>voice recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>The recording {file} is missing from the project.</source>
        <translation>專案中缺少錄音 {file}。</translation>
    </message>
    <message>
        <source>Recording: {file}</source>
        <translation>錄音：{file}</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可靈音色</translation>
    </message>
    <message>
        <source>Pick one of your voices or Kling&apos;s preset voices by name and hear it</source>
        <translation>依名稱從您的音色或可靈的預設音色中選擇，並可試聽</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {what}</source>
        <translation>編輯 {name} 的{what}</translation>
    </message>
    <message>
        <source>Save the project first: recordings are copied into it.</source>
        <translation>請先儲存專案：錄音會複製到專案中。</translation>
    </message>
    <message>
        <source>Not used as a voice: {problem}.</source>
        <translation>未用作音色：{problem}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>無法讀取 {file}：{error}。</translation>
    </message>
</context>
</TS>
