<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <source>— (no Kling account connected)</source>
        <translation>—（未連接可靈帳戶）</translation>
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
    <name>KlingService</name>
    <message>
        <source>no Kling account</source>
        <translation>未連接可靈帳戶</translation>
    </message>
    <message>
        <source>save the project first</source>
        <translation>請先儲存專案</translation>
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
    <name>MainWindow</name>
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
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>鏡頭</translation>
    </message>
    <message>
        <source>Previs Player</source>
        <translation>預演播放器</translation>
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
        <source>Generate &amp;Frames…</source>
        <translation>生成畫面(&amp;F)…</translation>
    </message>
    <message>
        <source>Candidate pictures for the shot or storyboard from Kling&apos;s image API (cost first)</source>
        <translation>用可靈圖像 API 為鏡頭或故事板生成候選畫面（先顯示費用）</translation>
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
        <source>Estimated: {cost}</source>
        <translation>估算：{cost}</translation>
    </message>
    <message>
        <source>No price known.</source>
        <translation>價格未知。</translation>
    </message>
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
        <source>Render with &amp;Kling…</source>
        <translation>用可靈渲染(&amp;K)…</translation>
    </message>
    <message>
        <source>Send the storyboard to Kling (shows the cost and limits first)</source>
        <translation>把故事板傳送到可靈（先顯示費用和限制）</translation>
    </message>
    <message>
        <source>Kling &amp;Account…</source>
        <translation>可靈帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Access key, secret key, region and tasks at once</source>
        <translation>Access Key、Secret Key、區域和同時執行的任務數</translation>
    </message>
    <message>
        <source>Resolution of previs renders</source>
        <translation>預演渲染的解析度</translation>
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
    <name>ProblemList</name>
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
    <name>Timeline</name>
    <message>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <source>U</source>
        <translation>上</translation>
    </message>
    <message>
        <source>D</source>
        <translation>下</translation>
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
        <source>Kling preset voice id (or drop a recording below)</source>
        <translation>可靈預設音色 ID（或在下方拖放錄音）</translation>
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
        <source>Recording: {file}</source>
        <translation>錄音：{file}</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可靈音色</translation>
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
