<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <source>Storyboards</source>
        <translation>故事板</translation>
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
</context>
</TS>
